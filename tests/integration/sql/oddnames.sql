CREATE DATABASE `we``ird db-1`;
USE `we``ird db-1`;
CREATE TABLE `we``ird db-1`.`tab'le "x" 表` (`col``1` INT PRIMARY KEY, `sp ace` VARCHAR(10), `ünï` TEXT, `select` INT,
  KEY `idx ``q`` 表` (`sp ace`));
INSERT INTO `we``ird db-1`.`tab'le "x" 表` SELECT seq, CONCAT('v', seq), '😀', seq FROM seq_1_to_100;
CREATE VIEW `we``ird db-1`.`vie w` AS SELECT `col``1`, `ünï` FROM `we``ird db-1`.`tab'le "x" 表`;
