-- tst_precheck: one server holds the sources (pc_*) and, under other names, the destinations (pcd_*).
CREATE DATABASE pc_ok;
CREATE TABLE pc_ok.items (id INT PRIMARY KEY, name VARCHAR(40)) ENGINE=InnoDB;
CREATE TABLE pc_ok.orders (id INT PRIMARY KEY, item INT NOT NULL, qty INT) ENGINE=InnoDB;
INSERT INTO pc_ok.items VALUES (1, 'a'), (2, 'b');
INSERT INTO pc_ok.orders VALUES (1, 1, 3);
-- Writes only its own row: nothing for source.triggers to report.
CREATE TRIGGER pc_ok.orders_bi BEFORE INSERT ON pc_ok.orders FOR EACH ROW SET NEW.qty = COALESCE(NEW.qty, 1);

CREATE DATABASE pc_nokey;
CREATE TABLE pc_nokey.events (at DATETIME, what VARCHAR(20));
CREATE TABLE pc_nokey.keyed (id INT NOT NULL, UNIQUE KEY (id));

CREATE DATABASE pc_merge;
CREATE TABLE pc_merge.part1 (id INT NOT NULL, KEY (id)) ENGINE=MyISAM;
CREATE TABLE pc_merge.whole (id INT NOT NULL, KEY (id)) ENGINE=MRG_MyISAM UNION=(pc_merge.part1);

CREATE DATABASE pc_trig;
CREATE TABLE pc_trig.orders (id INT PRIMARY KEY, qty INT);
CREATE TABLE pc_trig.audit (id INT AUTO_INCREMENT PRIMARY KEY, order_id INT);
CREATE TRIGGER pc_trig.orders_ai AFTER INSERT ON pc_trig.orders FOR EACH ROW
    INSERT INTO pc_trig.audit (order_id) VALUES (NEW.id);

CREATE DATABASE pc_case;
CREATE TABLE pc_case.Tt (id INT PRIMARY KEY);
CREATE TABLE pc_case.tt (id INT PRIMARY KEY);
CREATE TABLE pc_case.cols (id INT PRIMARY KEY, a INT, b INT);

CREATE DATABASE pc_inv;
CREATE TABLE pc_inv.t (id INT PRIMARY KEY, hidden INT INVISIBLE);

CREATE DATABASE pc_emoji;
CREATE TABLE pc_emoji.t (id INT PRIMARY KEY, c VARCHAR(20) CHARACTER SET utf8mb4);
INSERT INTO pc_emoji.t VALUES (1, 'plain'), (2, CONCAT('smile ', CONVERT(UNHEX('F09F9880') USING utf8mb4)));
CREATE DATABASE pc_plain;
CREATE TABLE pc_plain.t (id INT PRIMARY KEY, c VARCHAR(20) CHARACTER SET utf8mb4);
INSERT INTO pc_plain.t VALUES (1, 'plain'), (2, CONVERT(UNHEX('C3A920C3A8') USING utf8mb4));

-- Destinations.
CREATE DATABASE pcd_conf;
CREATE TABLE pcd_conf.items (id INT PRIMARY KEY, name VARCHAR(40));
INSERT INTO pcd_conf.items VALUES (9, 'theirs');
CREATE DATABASE pcd_empty;
CREATE TABLE pcd_empty.items (id INT PRIMARY KEY, name VARCHAR(40));
CREATE TABLE pcd_empty.orders (id INT PRIMARY KEY, item INT NOT NULL, qty INT);
CREATE DATABASE pcd_narrow;
CREATE TABLE pcd_narrow.items (id INT PRIMARY KEY, name VARCHAR(10));
CREATE TABLE pcd_narrow.orders (id INT PRIMARY KEY, item INT NOT NULL, qty INT);
CREATE DATABASE pcd_mb3;
CREATE TABLE pcd_mb3.t (id INT PRIMARY KEY, c VARCHAR(20) CHARACTER SET utf8mb3);
CREATE DATABASE pcd_mb4;
CREATE TABLE pcd_mb4.t (id INT PRIMARY KEY, c VARCHAR(20) CHARACTER SET utf8mb4);
