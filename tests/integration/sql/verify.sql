SET SESSION sql_mode = '';
CREATE DATABASE vfy CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;
USE vfy;
-- Case-insensitive collation, emoji, NULL and '', trailing spaces, binary, FLOAT, DOUBLE, DECIMAL, TIMESTAMP, BIT.
CREATE TABLE vfy.items (
  id INT PRIMARY KEY,
  name VARCHAR(64),
  emoji VARCHAR(32),
  code CHAR(10),
  raw VARBINARY(16),
  n INT NULL,
  note VARCHAR(20) NULL,
  f FLOAT,
  d DOUBLE,
  amount DECIMAL(20,6),
  ts TIMESTAMP(3) NULL DEFAULT NULL,
  flags BIT(5)
);
INSERT INTO vfy.items
SELECT seq, CONCAT('Name ', seq),
       ELT(seq % 3 + 1, '😀', '😁 ok', 'é'),
       CONCAT('c', seq % 100),
       UNHEX(MD5(seq)),
       IF(seq % 5 = 0, NULL, seq),
       ELT(seq % 7 + 1, NULL, '', 'pad  ', 'x', 'X', ' lead', 'ü'),
       seq / 3, seq / 7e0, seq * 1.5,
       FROM_UNIXTIME(1600000000 + seq + 0.125), seq % 32
FROM seq_1_to_30000;
-- A text primary key under a case-insensitive collation.
CREATE TABLE vfy.words (w VARCHAR(20) PRIMARY KEY, v VARCHAR(20));
INSERT INTO vfy.words VALUES ('alpha', 'one'), ('Beta', 'two'), ('gamma ', 'three'), ('ß', 'four'), ('😀', 'five');
-- A composite key.
CREATE TABLE vfy.pairs (a INT, b VARCHAR(10), v INT, PRIMARY KEY (a, b));
INSERT INTO vfy.pairs SELECT seq % 50, CONCAT('k', seq DIV 50), seq FROM seq_1_to_3000;
-- No key at all: counted only.
CREATE TABLE vfy.nokey (a INT, b VARCHAR(10));
INSERT INTO vfy.nokey SELECT seq, CONCAT('r', seq) FROM seq_1_to_100;
