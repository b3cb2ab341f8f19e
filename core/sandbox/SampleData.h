#pragma once
// A deterministic sample database for tests, demos and benchmarks: the `shop` schema covers
// every common MariaDB column type plus the awkward cases a migration must get right
// (extreme integers, negative/huge TIME, BIT(64), 0x00 bytes, latin1/gbk columns, emoji,
// generated columns, a table without any key, routines, a trigger, a view and an event).

namespace dts {
class LocalServer;
}

namespace dts::sandbox {

// Drops and recreates database `shop` on the server. Rows are generated server-side from
// SEQUENCE tables and pure functions, so every call yields identical contents (CHECKSUM TABLE
// matches across servers). scale 1.0 gives about 200,000 rows: customers 50k, products 5k,
// orders 100k, order_items 45k, audit_log 2k; each table gets at least one row.
// Throws dts::Error.
void createShopDatabase(const LocalServer &server, double scale = 1.0);

}  // namespace dts::sandbox
