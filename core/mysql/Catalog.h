#pragma once
// What a MySQL / MariaDB server holds, read from information_schema and SHOW CREATE.
#include "mysql/Connection.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace dts {

struct ColumnInfo {
    QString name;
    int ordinal = 0;
    QString columnType;   // full, e.g. "int(10) unsigned", "enum('a','b')"
    QString dataType;     // e.g. "int", "varchar", "json"
    bool nullable = true;
    QString charset;      // empty for non-text columns
    QString collation;
    bool generated = false;  // VIRTUAL or STORED generated: never written, the destination computes it
    bool invisible = false;
    bool autoIncrement = false;
    QString definition;   // the column's line of SHOW CREATE TABLE without the name

    bool isInteger() const;
    bool isFloat() const;  // FLOAT: read through a DOUBLE cast, the text protocol rounds it to 6 digits
    bool isText() const;   // has a character set
    bool isJson() const;
};

struct IndexInfo {
    QString name;
    bool primary = false;
    bool unique = false;
    QString type;                 // BTREE | HASH | FULLTEXT | SPATIAL
    QStringList columns;
    QList<int> subParts;          // prefix length per column, 0 = whole column
    QList<bool> descending;
    QString comment;
};

struct ForeignKeyInfo {
    QString name;
    QStringList columns;
    QString refDatabase, refTable;
    QStringList refColumns;
    QString onUpdate, onDelete;
};

struct TableInfo {
    QString database, name;
    QString engine, collation, comment, rowFormat;
    qint64 rowsEstimate = 0, dataLength = 0, indexLength = 0, avgRowLength = 0, autoIncrement = 0;
    QList<ColumnInfo> columns;
    QList<IndexInfo> indexes;
    QList<ForeignKeyInfo> foreignKeys;
    QStringList checks;   // "CONSTRAINT `c` CHECK (…)" lines, kept as they are
    QString partitioning; // "PARTITION BY …" clause, kept as it is
    QString tableOptions; // "ENGINE=InnoDB DEFAULT CHARSET=… COMMENT='…'" from SHOW CREATE TABLE
    // The four fields above and ColumnInfo::definition come from SHOW CREATE TABLE; a Catalog::preload()ed
    // table has them empty.

    QString qualified() const;  // `db`.`table` as the user reads it: db.table
    const ColumnInfo *column(const QString &name) const;  // case-insensitive, like MySQL
    const IndexInfo *primaryKey() const;
    // The key that orders and splits the table: the primary key, or else a unique key whose columns
    // are all NOT NULL. nullptr: the table has neither.
    const IndexInfo *chunkKey() const;
};

// A view, routine, trigger or event: its CREATE statement as the server shows it.
struct ObjectDefinition {
    QString kind;   // VIEW | PROCEDURE | FUNCTION | TRIGGER | EVENT
    QString name;
    QString create; // with DEFINER
    QString sqlMode;
    QString charsetClient, collationConnection;
};

// The source's current binlog file and offset (SHOW MASTER STATUS; SHOW BINARY LOG STATUS on MySQL 8.4+);
// nullopt when binary logging is off. Throws dts::Error (e.g. a missing privilege).
std::optional<QPair<QString, quint64>> binlogStatus(Connection &source);

class Catalog {
public:
    explicit Catalog(Connection &conn) : m_conn(conn) {}

    QStringList databases();           // without the system schemas
    bool databaseExists(const QString &db);
    QString databaseCollation(const QString &db);
    QString databaseCharset(const QString &db);
    QStringList baseTables(const QString &db);
    // Throws dts::Error naming db.table when it does not exist.
    TableInfo table(const QString &db, const QString &name);
    std::optional<TableInfo> findTable(const QString &db, const QString &name);
    bool tableExists(const QString &db, const QString &name);

    QList<ObjectDefinition> views(const QString &db);
    QList<ObjectDefinition> routines(const QString &db);
    QList<ObjectDefinition> triggers(const QString &db);
    QList<ObjectDefinition> events(const QString &db);

    int lowerCaseTableNames();

    // Reads every base table of `databases` with one query per kind (tables, columns, indexes, foreign
    // keys) instead of several per table; the calls above then answer for these databases from memory.
    // Without SHOW CREATE TABLE: enough for checks, not for creating tables (see TableInfo).
    void preload(const QStringList &databases);

private:
    struct Preloaded {
        bool exists = false;
        QString charset, collation;
        QMap<QString, TableInfo> tables;
    };
    const Preloaded *preloaded(const QString &db) const;
    // Base tables of `databases` (only `table` when it is not null), without the SHOW CREATE details.
    QList<TableInfo> readTables(const QStringList &databases, const QString &table = QString());
    QList<ObjectDefinition> showCreateAll(const QString &listing, const QString &db, const QString &fixedKind,
                                          int createColumn, int sqlModeColumn);
    Connection &m_conn;
    std::optional<int> m_lctn;
    QHash<QString, Preloaded> m_preloaded;
};

bool isSystemDatabase(const QString &db);

}  // namespace dts
