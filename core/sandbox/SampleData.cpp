#include "sandbox/SampleData.h"

#include "common/Error.h"
#include "sandbox/LocalServer.h"

#include <algorithm>
#include <limits>
#include <cmath>

namespace dts::sandbox {

namespace {

// Every value is a pure function of the SEQUENCE row number (CRC32/SHA2 as the "randomness"),
// with the session pinned (time zone, sql_mode), so the result does not depend on the server's
// defaults or on the time of the call. Special rows (seq 1..8) carry the extreme values.
const char kSchemaAndData[] = R"SQL(
SET NAMES utf8mb4;
SET SESSION time_zone = '+00:00';
SET SESSION sql_mode = 'STRICT_TRANS_TABLES,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION';
SET SESSION foreign_key_checks = 0;
SET SESSION unique_checks = 0;
SET SESSION div_precision_increment = 4;
DROP DATABASE IF EXISTS shop;
CREATE DATABASE shop CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;
USE shop;

CREATE TABLE customers (
    id          INT UNSIGNED NOT NULL AUTO_INCREMENT,
    email       VARCHAR(191) NOT NULL,
    name        VARCHAR(100) NOT NULL,
    name_latin1 VARCHAR(100) CHARACTER SET latin1 NULL,
    city_gbk    VARCHAR(50) CHARACTER SET gbk NULL,
    birth       DATE NULL,
    created_at  DATETIME(6) NOT NULL,
    updated_at  TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
    vip         TINYINT(1) NOT NULL DEFAULT 0,
    credit      DECIMAL(12,2) NOT NULL DEFAULT 0,
    tier        ENUM('bronze','silver','gold') NOT NULL DEFAULT 'bronze',
    tags        SET('new','returning','wholesale','vip') NOT NULL DEFAULT '',
    avatar      BLOB NULL,
    profile     JSON NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_customers_email (email)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

INSERT INTO customers (id, email, name, name_latin1, city_gbk, birth, created_at, updated_at,
                       vip, credit, tier, tags, avatar, profile)
SELECT seq,
       CONCAT('customer', seq, '@example.com'),
       CONCAT(ELT(1 + MOD(seq, 10), 'Alice', 'Bob', 'Chloé', 'Dmitri Иванов', '王小明', '佐藤 花子',
                  'Zoë 😀', '김민준', 'O''Brien', 'Ingrid 🎉'), ' ', seq),
       CONCAT(ELT(1 + MOD(seq, 6), 'René', 'Jürgen', 'Strauß', 'Zoë', 'Ana', 'Plain'), ' ', seq),
       ELT(1 + MOD(seq, 7), '北京', '上海', '广州', '深圳', '杭州', '成都', 'Berlin'),
       IF(MOD(seq, 10) = 3, NULL, DATE '1940-01-01' + INTERVAL MOD(CRC32(CONCAT('b', seq)), 25000) DAY),
       TIMESTAMP '2019-01-01 00:00:00' + INTERVAL MOD(seq * 617, 315360000) SECOND
           + INTERVAL MOD(CRC32(CONCAT('c', seq)), 1000000) MICROSECOND,
       TIMESTAMP '2020-06-01 00:00:00' + INTERVAL MOD(seq * 911, 315360000) SECOND
           + INTERVAL MOD(CRC32(CONCAT('u', seq)), 1000000) MICROSECOND,
       MOD(seq, 7) = 0,
       (CAST(MOD(CRC32(CONCAT('k', seq)), 2000000) AS SIGNED) - 500000) / 100,
       1 + MOD(seq, 3),
       MOD(seq, 16),
       CASE MOD(seq, 6)
           WHEN 0 THEN NULL
           WHEN 1 THEN UNHEX(CONCAT('0000', SHA2(seq, 256), '00'))
           WHEN 2 THEN ''
           ELSE REPEAT(UNHEX(SHA2(CONCAT('a', seq), 512)), 1 + MOD(seq, 4))
       END,
       IF(MOD(seq, 5) = 4, NULL,
          JSON_OBJECT('lang', ELT(1 + MOD(seq, 4), 'en', 'de', 'zh', 'ja'),
                      'score', MOD(CRC32(CONCAT('s', seq)), 1000) / 10,
                      'newsletter', MOD(seq, 2) = 0,
                      'tags', JSON_ARRAY(seq, CONCAT('t', MOD(seq, 13)), NULL),
                      'address', JSON_OBJECT('city', ELT(1 + MOD(seq, 3), '東京', 'Zürich', 'New "York"'),
                                             'zip', LPAD(MOD(seq, 99999), 5, '0'))))
FROM seq_1_to_{CUSTOMERS};

CREATE TABLE products (
    id             SMALLINT UNSIGNED NOT NULL,
    sku            CHAR(12) BINARY NOT NULL,
    code           BINARY(12) NOT NULL,
    title          VARCHAR(200) NOT NULL,
    price          DECIMAL(10,2) NOT NULL,
    weight         FLOAT NULL,
    rating         DOUBLE NULL,
    stock          MEDIUMINT NOT NULL,
    price_with_tax DECIMAL(12,2) AS (price * 1.2) STORED,
    title_length   SMALLINT AS (CHAR_LENGTH(title)) VIRTUAL,
    description    TEXT NULL,
    added          YEAR NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_products_sku (sku)
) ENGINE=InnoDB;

INSERT INTO products (id, sku, code, title, price, weight, rating, stock, description, added)
SELECT seq,
       CONCAT('SKU-', LPAD(seq, 8, '0')),
       IF(MOD(seq, 9) = 0, UNHEX(CONCAT('00', LEFT(SHA2(CONCAT('p', seq), 256), 16), '00')),
          UNHEX(LEFT(SHA2(CONCAT('p', seq), 256), 24))),
       CONCAT(ELT(1 + MOD(seq, 8), 'Widget', 'Gadget', 'Café crème', 'Teekanne Größe L', '茶杯',
                  'ラーメン鉢', 'Rocket 🚀', 'Bolt'), ' ', seq),
       MOD(CRC32(CONCAT('price', seq)), 100000) / 100 + 0.01,
       MOD(CRC32(CONCAT('w', seq)), 100000) / 1e3,
       IF(MOD(seq, 11) = 0, NULL, 1 + MOD(CRC32(CONCAT('r', seq)), 4000000) / 1e6),
       CASE seq WHEN 1 THEN -8388608 WHEN 2 THEN 8388607
                ELSE CAST(MOD(CRC32(CONCAT('st', seq)), 20000) AS SIGNED) - 1000 END,
       IF(MOD(seq, 4) = 0, NULL, REPEAT(CONCAT('Description of product ', seq, '. '), 1 + MOD(seq, 20))),
       IF(MOD(seq, 13) = 0, NULL, 1990 + MOD(seq, 36))
FROM seq_1_to_{PRODUCTS};

CREATE TABLE orders (
    id          BIGINT NOT NULL,
    customer_id INT UNSIGNED NOT NULL,
    status      ENUM('new','paid','shipped','delivered','cancelled','refunded') NOT NULL DEFAULT 'new',
    total       DECIMAL(65,30) NOT NULL,
    placed_at   DATETIME(6) NOT NULL,
    ship_time   TIME(3) NULL,
    flags       BIT(8) NOT NULL DEFAULT b'0',
    big         BIT(64) NULL,
    tiny        TINYINT NOT NULL,
    small       SMALLINT NOT NULL,
    ubig        BIGINT UNSIGNED NOT NULL,
    sbig        BIGINT NOT NULL,
    location    POINT NULL,
    note        TEXT NULL,
    PRIMARY KEY (id),
    KEY idx_orders_customer_placed (customer_id, placed_at),
    CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customers (id)
) ENGINE=InnoDB;

INSERT INTO orders (id, customer_id, status, total, placed_at, ship_time, flags, big, tiny, small,
                    ubig, sbig, location, note)
SELECT seq,
       1 + MOD(CRC32(CONCAT('o', seq)), {CUSTOMERS}),
       1 + MOD(seq, 6),
       CASE seq
           WHEN 1 THEN 0
           WHEN 2 THEN 99999999999999999999999999999999999.999999999999999999999999999999
           WHEN 3 THEN -99999999999999999999999999999999999.999999999999999999999999999999
           WHEN 4 THEN 0.000000000000000000000000000001
           ELSE MOD(CRC32(CONCAT('t', seq)), 10000000) / 100 + CAST(MOD(seq, 1000) AS DECIMAL(35,30)) / 7
       END,
       CASE seq
           WHEN 5 THEN TIMESTAMP '1000-01-01 00:00:00.000000'
           WHEN 6 THEN TIMESTAMP '9999-12-31 23:59:59.999999'
           ELSE TIMESTAMP '2021-01-01 00:00:00' + INTERVAL MOD(seq * 263, 157680000) SECOND
                + INTERVAL MOD(CRC32(CONCAT('pa', seq)), 1000000) MICROSECOND
       END,
       CASE
           WHEN seq = 7 THEN '838:59:59.000'
           WHEN seq = 8 THEN '-838:59:59.000'
           WHEN MOD(seq, 10) = 0 THEN NULL
           WHEN MOD(seq, 10) = 1 THEN SEC_TO_TIME(-(MOD(CRC32(CONCAT('n', seq)), 3000000) / 1000))
           WHEN MOD(seq, 10) = 2 THEN SEC_TO_TIME(86400 + MOD(CRC32(CONCAT('h', seq)), 2000000000) / 1000)
           ELSE SEC_TO_TIME(MOD(CRC32(CONCAT('s', seq)), 86400000) / 1000)
       END,
       MOD(seq, 256),
       CASE WHEN seq = 1 THEN 0
            WHEN seq = 2 THEN 18446744073709551615
            WHEN MOD(seq, 9) = 0 THEN NULL
            ELSE (CRC32(CONCAT('x', seq)) << 32) | CRC32(CONCAT('y', seq)) END,
       CASE seq WHEN 1 THEN -128 WHEN 2 THEN 127
                ELSE CAST(MOD(CRC32(CONCAT('ti', seq)), 256) AS SIGNED) - 128 END,
       CASE seq WHEN 1 THEN -32768 WHEN 2 THEN 32767
                ELSE CAST(MOD(CRC32(CONCAT('sm', seq)), 65536) AS SIGNED) - 32768 END,
       CASE seq WHEN 1 THEN 0 WHEN 2 THEN 18446744073709551615
                ELSE (CRC32(CONCAT('ub', seq)) << 32) | CRC32(CONCAT('uc', seq)) END,
       CASE seq WHEN 1 THEN -9223372036854775808 WHEN 2 THEN 9223372036854775807
                ELSE (CAST(CRC32(CONCAT('sb', seq)) AS SIGNED) - 2147483648) * 4294967296
                     + CAST(CRC32(CONCAT('sc', seq)) AS SIGNED) END,
       IF(MOD(seq, 7) = 0, NULL,
          POINT(MOD(CRC32(CONCAT('lon', seq)), 3600000) / 10000 - 180,
                MOD(CRC32(CONCAT('lat', seq)), 1800000) / 10000 - 90)),
       CASE MOD(seq, 8)
           WHEN 0 THEN NULL
           WHEN 1 THEN ''
           WHEN 2 THEN 'Line one\nLine two\ttabbed "double" ''single'' back\\slash'
           WHEN 3 THEN CONCAT('Bitte schnell liefern, danke! Größe ', seq)
           WHEN 4 THEN CONCAT('请尽快发货 ', seq, ' 🚚')
           WHEN 5 THEN REPEAT(CONCAT('long note ', seq, ' '), 50)
           ELSE CONCAT('note ', seq)
       END
FROM seq_1_to_{ORDERS};

CREATE TABLE order_items (
    order_id   BIGINT NOT NULL,
    line_no    SMALLINT NOT NULL,
    product_id SMALLINT UNSIGNED NOT NULL,
    qty        INT NOT NULL,
    unit_price DECIMAL(10,2) NOT NULL,
    PRIMARY KEY (order_id, line_no),
    KEY idx_order_items_product (product_id),
    CONSTRAINT fk_order_items_order FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE
) ENGINE=InnoDB;

-- Three lines on every other order; 2 * ceil(items / 3) <= orders for the ratios used, so no
-- (order_id, line_no) repeats.
INSERT INTO order_items (order_id, line_no, product_id, qty, unit_price)
SELECT 1 + MOD(((seq - 1) DIV 3) * 2, {ORDERS}),
       1 + MOD(seq - 1, 3),
       1 + MOD(CRC32(CONCAT('ip', seq)), {PRODUCTS}),
       1 + MOD(CRC32(CONCAT('q', seq)), 20),
       MOD(CRC32(CONCAT('up', seq)), 100000) / 100
FROM seq_1_to_{ITEMS};

-- No primary or unique key, and every 20th row duplicates its predecessor.
CREATE TABLE audit_log (
    at     DATETIME NOT NULL,
    actor  VARCHAR(64) NOT NULL,
    action VARCHAR(32) NOT NULL,
    detail VARCHAR(255) NULL
) ENGINE=InnoDB;

INSERT INTO audit_log (at, actor, action, detail)
SELECT TIMESTAMP '2024-01-01 00:00:00' + INTERVAL k * 37 MINUTE,
       ELT(1 + MOD(k, 4), 'admin', 'cron', 'support', 'ゲスト'),
       ELT(1 + MOD(k, 5), 'login', 'export', 'refund', 'delete', 'update'),
       IF(MOD(k, 6) = 0, NULL, CONCAT('ref #', k))
FROM (SELECT IF(MOD(seq, 20) = 0, seq - 1, seq) AS k FROM seq_1_to_{AUDIT}) s;

CREATE VIEW order_totals AS
SELECT o.id AS order_id, o.customer_id, COUNT(i.line_no) AS line_count,
       COALESCE(SUM(i.qty * i.unit_price), 0) AS items_total
FROM orders o LEFT JOIN order_items i ON i.order_id = o.id
GROUP BY o.id, o.customer_id;

DELIMITER //
CREATE PROCEDURE customer_summary(IN p_customer INT UNSIGNED, OUT p_orders INT, OUT p_spent DECIMAL(65,30))
    READS SQL DATA
BEGIN
    SELECT COUNT(*), COALESCE(SUM(total), 0) INTO p_orders, p_spent
    FROM orders WHERE customer_id = p_customer;
END//

CREATE FUNCTION price_with_vat(p_price DECIMAL(10,2)) RETURNS DECIMAL(12,2)
    DETERMINISTIC NO SQL
RETURN ROUND(p_price * 1.2, 2)//

CREATE TRIGGER orders_before_insert BEFORE INSERT ON orders FOR EACH ROW
BEGIN
    IF NEW.placed_at IS NULL THEN
        SET NEW.placed_at = NOW(6);
    END IF;
END//

CREATE EVENT purge_audit_log
    ON SCHEDULE EVERY 1 DAY STARTS '2030-01-01 00:00:00'
    DISABLE
    COMMENT 'sample event; disabled'
DO DELETE FROM audit_log WHERE at < '2000-01-01'//
DELIMITER ;

SET SESSION foreign_key_checks = 1;
SET SESSION unique_checks = 1;
)SQL";

qint64 scaled(qint64 base, double scale, qint64 max = std::numeric_limits<qint64>::max())
{
    return std::clamp<qint64>(std::llround(double(base) * scale), 1, max);
}

}  // namespace

void createShopDatabase(const LocalServer &server, double scale)
{
    if (!std::isfinite(scale) || scale > 10'000)
        throw Error(ErrorKind::Invalid, QStringLiteral("sample database shop"),
                    QStringLiteral("scale %1 out of range").arg(scale), QStringLiteral("use a scale between 0 and 10000"));
    const qint64 customers = scaled(50'000, scale);
    const qint64 products = scaled(5'000, scale, 65'535);  // SMALLINT UNSIGNED ids
    const qint64 orders = scaled(100'000, scale);
    const qint64 items = scaled(45'000, scale);
    const qint64 audit = scaled(2'000, scale);

    QString sql = QString::fromUtf8(kSchemaAndData);
    sql.replace(QLatin1String("{CUSTOMERS}"), QString::number(customers))
        .replace(QLatin1String("{PRODUCTS}"), QString::number(products))
        .replace(QLatin1String("{ORDERS}"), QString::number(orders))
        .replace(QLatin1String("{ITEMS}"), QString::number(items))
        .replace(QLatin1String("{AUDIT}"), QString::number(audit));
    server.execSql(sql);
}

}  // namespace dts::sandbox
