// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUuid>
#include <QVariantMap>

namespace pc {

/// A record of any table in its generic form: values keyed by column name, typed as FieldType
/// says (QString, qint64, double, bool, QDate, QDateTime, QUuid; a null QVariant for no value).
struct Record
{
    QUuid id;
    QVariantMap values;
    bool deleted = false;

    [[nodiscard]] QVariant value(const QString& field) const { return values.value(field); }
    friend bool operator==(const Record&, const Record&) = default;
};

} // namespace pc
