// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonvalue.h"

#include "common/error.h"
#include "common/uuidsource.h"
#include "model/registry.h"

#include <QDate>
#include <QDateTime>
#include <QObject>
#include <QRegularExpression>

namespace pc::exchange {

namespace {

QVariant dateFrom(const QJsonValue& value, const QString& path)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate date = value.isString() && pattern.match(value.toString()).hasMatch()
                           ? QDate::fromString(value.toString(), Qt::ISODate)
                           : QDate();
    if (!date.isValid())
        refuseValue(path, QObject::tr("a date in the form YYYY-MM-DD"), value);
    return date;
}

QVariant dateTimeFrom(const QJsonValue& value, const QString& path)
{
    // An offset is required: a time without one would be read in this laptop's time zone.
    static const QRegularExpression pattern(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?(Z|[+-]\\d{2}:\\d{2})$"));
    const QDateTime time = value.isString() && pattern.match(value.toString()).hasMatch()
                               ? QDateTime::fromString(value.toString(), Qt::ISODateWithMs)
                               : QDateTime();
    if (!time.isValid())
        refuseValue(path, QObject::tr("a date and time in UTC such as 2024-05-01T09:30:00.000Z"), value);
    return time.toUTC();
}

} // namespace

QJsonValue valueToJson(const FieldDef& field, const QVariant& value)
{
    if (!value.isValid() || value.isNull())
        return QJsonValue(QJsonValue::Null);
    switch (field.type) {
    case FieldType::Text:
    case FieldType::Choice:
        return value.toString();
    case FieldType::Integer:
        return value.toLongLong();
    case FieldType::Real:
        return value.toDouble();
    case FieldType::Bool:
        return value.toBool();
    case FieldType::Date:
        return value.toDate().toString(Qt::ISODate);
    case FieldType::DateTime:
        return value.toDateTime().toUTC().toString(Qt::ISODateWithMs);
    case FieldType::Reference:
        return idText(value.toUuid());
    }
    return QJsonValue(QJsonValue::Null);
}

QString describe(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 17);
    case QJsonValue::String: {
        const QString text = value.toString();
        return QLatin1Char('"') + (text.size() > 40 ? text.left(40) + QStringLiteral("...") : text)
               + QLatin1Char('"');
    }
    case QJsonValue::Array:
        return QObject::tr("an array");
    case QJsonValue::Object:
        return QObject::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QObject::tr("nothing");
}

void refuseValue(const QString& path, const QString& expected, const QJsonValue& value)
{
    throw Error(ErrorKind::InvalidInput,
                QObject::tr("%1 must be %2, not %3.").arg(path, expected, describe(value)));
}

std::optional<qint64> wholeNumber(const QJsonValue& value)
{
    if (!value.isDouble())
        return std::nullopt;
    const qint64 number = value.toInteger(); // 0 when the number is not a whole one
    if (number == 0 && value.toDouble() != 0.0)
        return std::nullopt;
    return number;
}

std::optional<QUuid> uuidFromJson(const QJsonValue& value)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}$"));
    if (!value.isString() || !pattern.match(value.toString()).hasMatch())
        return std::nullopt;
    const QUuid id = QUuid::fromString(value.toString());
    return id.isNull() ? std::nullopt : std::optional<QUuid>(id);
}

QString uuidExpected()
{
    return QObject::tr("a record id (a UUID such as 3f2b8c1e-0a4d-4e6f-9b7a-1c2d3e4f5a6b)");
}

QVariant valueFromJson(const FieldDef& field, const QJsonValue& value, const QString& path)
{
    if (value.isNull())
        return {};
    switch (field.type) {
    case FieldType::Text:
    case FieldType::Choice:
        if (!value.isString())
            refuseValue(path, QObject::tr("a string"), value);
        return value.toString();
    case FieldType::Integer:
        if (const auto number = wholeNumber(value))
            return *number;
        refuseValue(path, QObject::tr("a whole number"), value);
    case FieldType::Real:
        if (!value.isDouble())
            refuseValue(path, QObject::tr("a number"), value);
        return value.toDouble();
    case FieldType::Bool:
        if (!value.isBool())
            refuseValue(path, QObject::tr("true or false"), value);
        return value.toBool();
    case FieldType::Date:
        return dateFrom(value, path);
    case FieldType::DateTime:
        return dateTimeFrom(value, path);
    case FieldType::Reference:
        if (const auto id = uuidFromJson(value))
            return *id;
        refuseValue(path, uuidExpected(), value);
    }
    return {};
}

std::optional<FieldStamp> fieldStampFromText(const QString& text)
{
    const QStringList parts = text.split(QLatin1Char(' '));
    if (parts.size() > 2)
        return std::nullopt;
    const auto stamp = Stamp::fromText(parts[0]);
    const auto base = parts.size() == 2 ? Stamp::fromText(parts[1]) : std::optional<Stamp>(Stamp{});
    if (!stamp || stamp->isNull() || !base)
        return std::nullopt;
    return FieldStamp{*stamp, *base};
}

QString fieldStampText(const FieldStamp& stamp)
{
    if (stamp.base.isNull())
        return stamp.stamp.toText();
    return stamp.stamp.toText() + QLatin1Char(' ') + stamp.base.toText();
}

} // namespace pc::exchange
