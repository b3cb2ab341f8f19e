CREATE DATABASE Map_Src;
USE Map_Src;
CREATE TABLE Map_Src.Orders (id INT PRIMARY KEY, Note VARCHAR(20), Amount DECIMAL(8,2), Secret VARCHAR(20),
  KEY by_note (Note), KEY by_secret (Secret));
INSERT INTO Map_Src.Orders SELECT seq, CONCAT('n', seq), seq / 4, 'hidden' FROM seq_1_to_40;
CREATE TABLE Map_Src.Items (Item_Id INT PRIMARY KEY, Order_Id INT, CONSTRAINT fk_o FOREIGN KEY (Order_Id) REFERENCES Map_Src.Orders (id));
INSERT INTO Map_Src.Items SELECT seq, seq FROM seq_1_to_40;
