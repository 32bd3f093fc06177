// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "common/error.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

#include <sqlite3.h>

namespace pc {

namespace {

QString sqliteMessage(sqlite3* db, int code)
{
    if (db && sqlite3_errcode(db) == code)
        return QString::fromUtf8(sqlite3_errmsg(db));
    return QString::fromUtf8(sqlite3_errstr(code));
}

void harden(sqlite3* db)
{
    sqlite3_extended_result_codes(db, 1);
    sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_DQS_DML, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_DQS_DDL, 0, nullptr);
    // Another process may hold the file briefly (a background backup): wait rather than fail.
    sqlite3_busy_timeout(db, 5000);
}

} // namespace

Database::Database(sqlite3* db, QString path, bool readOnly)
    : m_db(db)
    , m_path(std::move(path))
    , m_readOnly(readOnly)
{
}

std::unique_ptr<Database> Database::open(const QString& path, Mode mode)
{
    QUrl url = QUrl::fromLocalFile(QDir::cleanPath(QFileInfo(path).absoluteFilePath()));
    QUrlQuery query;
    int flags = SQLITE_OPEN_URI | SQLITE_OPEN_FULLMUTEX;
    switch (mode) {
    case Mode::Create:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        query.addQueryItem(QStringLiteral("mode"), QStringLiteral("ro"));
        break;
    case Mode::Immutable:
        flags |= SQLITE_OPEN_READONLY;
        query.addQueryItem(QStringLiteral("mode"), QStringLiteral("ro"));
        query.addQueryItem(QStringLiteral("immutable"), QStringLiteral("1"));
        break;
    }
    url.setQuery(query);
    sqlite3* db = nullptr;
    const int rc =
        sqlite3_open_v2(url.toString(QUrl::FullyEncoded).toUtf8().constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString detail = sqliteMessage(db, rc);
        sqlite3_close_v2(db);
        throw errorFor(rc, detail, QObject::tr("Could not open %1").arg(QDir::toNativeSeparators(path)));
    }
    harden(db);
    const bool readOnly = mode == Mode::ReadOnly || mode == Mode::Immutable;
    return std::unique_ptr<Database>(new Database(db, path, readOnly));
}

std::unique_ptr<Database> Database::openMemory()
{
    sqlite3* db = nullptr;
    const int rc = sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_close_v2(db);
        throw errorFor(rc, QString::fromUtf8(sqlite3_errstr(rc)),
                       QObject::tr("Could not open a database in memory"));
    }
    harden(db);
    return std::unique_ptr<Database>(new Database(db, QStringLiteral(":memory:"), false));
}

Database::~Database()
{
    for (sqlite3_stmt* statement : std::as_const(m_idle))
        sqlite3_finalize(statement);
    sqlite3_close_v2(m_db);
}

sqlite3_stmt* Database::takeCached(const QString& sql)
{
    return m_idle.take(sql);
}

void Database::giveBack(const QString& sql, sqlite3_stmt* statement)
{
    constexpr qsizetype capacity = 256;
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    if (m_idle.size() >= capacity || m_idle.contains(sql)) {
        sqlite3_finalize(statement);
        return;
    }
    m_idle.insert(sql, statement);
}

void Database::exec(const QString& sql)
{
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString detail = message ? QString::fromUtf8(message) : sqliteMessage(m_db, rc);
        sqlite3_free(message);
        throw errorFor(rc, detail, QObject::tr("The file could not be updated"));
    }
}

qint64 Database::pragmaInteger(const QString& pragma)
{
    Statement statement(*this, QStringLiteral("PRAGMA %1").arg(pragma));
    return statement.step() ? statement.integer(0) : 0;
}

bool Database::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

bool Database::isReadOnly() const
{
    return m_readOnly || sqlite3_db_readonly(m_db, "main") == 1;
}

qint64 Database::changes() const
{
    return sqlite3_changes64(m_db);
}

void Database::raise(int code, const QString& what) const
{
    throw errorFor(code, sqliteMessage(m_db, code), what);
}

Error Database::errorFor(int code, const QString& detail, const QString& what)
{
    const QString prefix = what.isEmpty() ? QString() : what + QStringLiteral(": ");
    switch (code & 0xff) {
    case SQLITE_CORRUPT:
        return Error(ErrorKind::Corrupt, prefix + QObject::tr("the file is damaged (%1).").arg(detail), code);
    case SQLITE_NOTADB:
        return Error(
            ErrorKind::NotOurFile,
            prefix + QObject::tr("this is not a PeerChallenge engagement file, or it is badly damaged."),
            code);
    case SQLITE_FULL:
        return Error(
            ErrorKind::DiskFull,
            prefix + QObject::tr("the disk is full. Free some space and try again; nothing was changed."),
            code);
    case SQLITE_READONLY:
        return Error(ErrorKind::ReadOnly,
                     prefix + QObject::tr("the file is read-only here (%1).").arg(detail), code);
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Error(ErrorKind::Locked,
                     prefix + QObject::tr("the file is busy in another program; try again in a moment."),
                     code);
    case SQLITE_CONSTRAINT:
        return Error(ErrorKind::Constraint,
                     prefix + QObject::tr("a rule of the data was broken (%1).").arg(detail), code);
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return Error(ErrorKind::Io, prefix + QObject::tr("the file cannot be opened (%1).").arg(detail),
                     code);
    case SQLITE_IOERR:
        return Error(ErrorKind::Io,
                     prefix + QObject::tr("reading or writing the disk failed (%1).").arg(detail), code);
    default:
        return Error(ErrorKind::Io, prefix + detail, code);
    }
}

Statement::Statement(Database& db, const QString& sql)
    : m_db(db)
    , m_sql(sql)
{
    m_stmt = db.takeCached(sql);
    if (m_stmt)
        return;
    const QByteArray utf8 = sql.toUtf8();
    const char* tail = nullptr;
    const int rc = sqlite3_prepare_v2(db.handle(), utf8.constData(), int(utf8.size()), &m_stmt, &tail);
    if (rc != SQLITE_OK)
        db.raise(rc, QObject::tr("The file could not be read"));
    if (tail && QByteArray(tail).trimmed().size() > 0) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        throw Error(ErrorKind::Constraint,
                    QObject::tr("Internal error: one statement per prepare: %1").arg(sql));
    }
}

Statement::Statement(Statement&& other) noexcept
    : m_db(other.m_db)
    , m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_sql(std::move(other.m_sql))
{
}

Statement::~Statement()
{
    if (m_stmt)
        m_db.giveBack(m_sql, m_stmt);
}

Statement& Statement::bind(int index, const QVariant& value)
{
    if (value.isNull() || !value.isValid())
        return bindNull(index);
    switch (value.typeId()) {
    case QMetaType::Bool:
        return bind(index, qint64(value.toBool() ? 1 : 0));
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return bind(index, value.toLongLong());
    case QMetaType::Double: {
        const int rc = sqlite3_bind_double(m_stmt, index, value.toDouble());
        if (rc != SQLITE_OK)
            m_db.raise(rc, QObject::tr("The file could not be written"));
        return *this;
    }
    case QMetaType::QDate:
        return bind(index, value.toDate().toString(Qt::ISODate));
    case QMetaType::QDateTime:
        return bind(index, value.toDateTime().toUTC().toString(Qt::ISODateWithMs));
    case QMetaType::QUuid:
        return bind(index, value.toUuid().toString(QUuid::WithoutBraces));
    default:
        return bind(index, value.toString());
    }
}

Statement& Statement::bind(int index, const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    const int rc = sqlite3_bind_text64(m_stmt, index, utf8.constData(), sqlite3_uint64(utf8.size()),
                                       SQLITE_TRANSIENT, SQLITE_UTF8);
    if (rc != SQLITE_OK)
        m_db.raise(rc, QObject::tr("The file could not be written"));
    return *this;
}

Statement& Statement::bind(int index, qint64 value)
{
    const int rc = sqlite3_bind_int64(m_stmt, index, value);
    if (rc != SQLITE_OK)
        m_db.raise(rc, QObject::tr("The file could not be written"));
    return *this;
}

Statement& Statement::bindNull(int index)
{
    const int rc = sqlite3_bind_null(m_stmt, index);
    if (rc != SQLITE_OK)
        m_db.raise(rc, QObject::tr("The file could not be written"));
    return *this;
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    sqlite3_reset(m_stmt);
    m_db.raise(rc, QObject::tr("The file could not be read or written"));
}

void Statement::run()
{
    while (step()) {}
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QString Statement::text(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArrayView Statement::bytes(int column) const
{
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
    return QByteArrayView(data, sqlite3_column_bytes(m_stmt, column));
}

qint64 Statement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QVariant Statement::value(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return integer(column);
    case SQLITE_FLOAT:
        return real(column);
    case SQLITE_TEXT:
        return text(column);
    case SQLITE_BLOB: {
        const auto* data = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
        return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
    }
    default:
        return {};
    }
}

Transaction::Transaction(Database& db)
    : m_db(db)
{
    if (db.inTransaction())
        throw Error(ErrorKind::Constraint, QObject::tr("Internal error: a transaction is already open."));
    db.exec(QStringLiteral("BEGIN IMMEDIATE"));
    m_open = true;
}

Transaction::~Transaction()
{
    if (m_open && m_db.inTransaction())
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit()
{
    m_db.exec(QStringLiteral("COMMIT"));
    m_open = false;
}

} // namespace pc
