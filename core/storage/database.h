// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QHash>
#include <QString>
#include <QVariant>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace pc {

class Error;

/// Owns one sqlite3 connection, opened with the hardening every engagement file gets:
/// defensive mode, untrusted schema, no triggers, no views, no extensions, extended codes.
class Database
{
public:
    enum class Mode {
        Create,    // read-write, creating the file when missing
        ReadWrite, // read-write, the file must exist
        ReadOnly,  // mode=ro
        Immutable, // mode=ro&immutable=1: for read-only media where even a journal cannot be read
    };

    [[nodiscard]] static std::unique_ptr<Database> open(const QString& path, Mode mode);
    [[nodiscard]] static std::unique_ptr<Database> openMemory();
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// Runs SQL without results (may hold several statements: DDL and pragmas only).
    void exec(const QString& sql);
    [[nodiscard]] qint64 pragmaInteger(const QString& pragma);
    [[nodiscard]] bool inTransaction() const;
    [[nodiscard]] bool isReadOnly() const;
    [[nodiscard]] qint64 changes() const;
    [[nodiscard]] const QString& path() const { return m_path; }
    [[nodiscard]] sqlite3* handle() const { return m_db; }

    /// Turns a sqlite3 result code into a pc::Error with a sentence a person understands.
    [[noreturn]] void raise(int code, const QString& what) const;
    [[nodiscard]] static Error errorFor(int code, const QString& detail, const QString& what);

private:
    friend class Statement;

    Database(sqlite3* db, QString path, bool readOnly);

    /// A prepared statement for `sql` from the cache (taken out while in use), or null.
    [[nodiscard]] sqlite3_stmt* takeCached(const QString& sql);
    /// Gives a reset statement back to the cache, or finalizes it when the cache is full.
    void giveBack(const QString& sql, sqlite3_stmt* statement);

    sqlite3* m_db;
    // Preparing costs more than running most of our statements; repositories build the same SQL
    // text again and again, so idle statements are kept by their text.
    QHash<QString, sqlite3_stmt*> m_idle;
    QString m_path;
    bool m_readOnly;
};

/// One prepared statement; refuses SQL with more than one statement in it.
class Statement
{
public:
    Statement(Database& db, const QString& sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    Statement(Statement&& other) noexcept;

    Statement& bind(int index, const QVariant& value); // 1-based
    Statement& bind(int index, const QString& value);
    Statement& bind(int index, qint64 value);
    Statement& bindNull(int index);

    /// Steps once: true while rows come, false when done. Throws on error.
    [[nodiscard]] bool step();
    /// Runs a statement that returns no rows.
    void run();
    void reset();

    [[nodiscard]] int columnCount() const;
    [[nodiscard]] bool isNull(int column) const;
    [[nodiscard]] QString text(int column) const;
    /// The column's bytes as stored (a blob, or text without decoding), valid until the next
    /// step: the cheap read of many rows.
    [[nodiscard]] QByteArrayView bytes(int column) const;
    [[nodiscard]] qint64 integer(int column) const;
    [[nodiscard]] double real(int column) const;
    /// The raw column as QVariant (QString, qint64, double, QByteArray or null).
    [[nodiscard]] QVariant value(int column) const;

private:
    Database& m_db;
    sqlite3_stmt* m_stmt = nullptr;
    QString m_sql;
};

/// BEGIN IMMEDIATE in the constructor, explicit commit(); the destructor rolls back anything
/// that was not committed, so an exception never leaves half an edit in the file.
class Transaction
{
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit();
    [[nodiscard]] bool isOpen() const { return m_open; }

private:
    Database& m_db;
    bool m_open = false;
};

} // namespace pc
