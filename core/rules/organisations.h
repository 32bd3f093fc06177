// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace pc {

/// "Northmoor District Council" -> "northmoor": the distinctive part of an organisation's name,
/// lower case, without punctuation and without the words every council name shares ("council",
/// "district", "borough", "city", "county", "metropolitan", "of", "the", "and", "royal", "authority",
/// "local", and the abbreviations DC, BC, CC and MBC).
[[nodiscard]] QString organisationCore(const QString& name);

/// Whether two names denote the same organisation: their cores are equal and not empty. So
/// "Northmoor DC", "The Borough Council of Northmoor" and "Northmoor District Council" match;
/// "Northmoor Homes Ltd" does not.
[[nodiscard]] bool sameOrganisation(const QString& a, const QString& b);

} // namespace pc
