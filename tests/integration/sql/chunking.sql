CREATE DATABASE chunk CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;
USE chunk;
-- Signed 64-bit keys at both extremes, sparse, with a dense block in the middle.
CREATE TABLE k_int (id BIGINT PRIMARY KEY, v INT);
INSERT INTO k_int VALUES (-9223372036854775808, 1), (-5, 2), (0, 3), (9223372036854775807, 4);
INSERT INTO k_int SELECT seq * 3, seq FROM seq_1_to_5000;
-- Unsigned 64-bit keys up to the maximum.
CREATE TABLE k_uint (id BIGINT UNSIGNED PRIMARY KEY, v INT);
INSERT INTO k_uint VALUES (0, 0), (18446744073709551615, 1), (18446744073709551614, 2);
INSERT INTO k_uint SELECT seq * 1000003, seq FROM seq_1_to_4000;
-- Composite key under a case-insensitive collation: the ranges must follow the index's order.
CREATE TABLE k_comp (a VARCHAR(20) NOT NULL, b INT NOT NULL, v INT, PRIMARY KEY (a, b));
INSERT INTO k_comp SELECT ELT(1 + seq % 7, 'a', 'B', 'c', 'Ä', 'ß', '中', 'z z'), seq, seq FROM seq_1_to_4500;
-- Binary key with zero bytes.
CREATE TABLE k_bin (k VARBINARY(16) PRIMARY KEY, v INT);
INSERT INTO k_bin SELECT CONCAT(X'00', UNHEX(LPAD(HEX(seq), 8, '0')), X'FF'), seq FROM seq_1_to_3500;
-- Temporal key.
CREATE TABLE k_dt (d DATETIME(6) PRIMARY KEY, v INT);
INSERT INTO k_dt SELECT TIMESTAMPADD(MICROSECOND, seq * 7777, '2020-01-01'), seq FROM seq_1_to_3200;
-- A unique key over NOT NULL columns stands in for a missing primary key.
CREATE TABLE k_uk (code CHAR(10) NOT NULL, v INT, UNIQUE KEY (code));
INSERT INTO k_uk SELECT LPAD(seq, 10, 'x'), seq FROM seq_1_to_3100;
-- Dense integer keys: planned as equal slices of the key space.
CREATE TABLE k_dense (id INT PRIMARY KEY, v INT);
INSERT INTO k_dense SELECT seq, seq FROM seq_1_to_4200;
