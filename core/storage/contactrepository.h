// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/contact.h"

#include <QList>

#include <optional>

namespace pc {

class RecordStore;

/// The host council's contacts, in their user-chosen order.
class ContactRepository
{
public:
    explicit ContactRepository(RecordStore& records);

    [[nodiscard]] QList<Contact> contacts() const;
    [[nodiscard]] std::optional<Contact> contact(const QUuid& id) const;
    /// Adds a contact (a new id when the given one is null; placed last when position is 0).
    QUuid addContact(Contact contact);
    bool updateContact(const Contact& contact);
    void removeContact(const QUuid& id);

private:
    RecordStore& m_records;
};

} // namespace pc
