// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QUuid>

namespace pc {

/// A finding of a theme's feedback (DOMAIN.md section 6).
enum class FindingKind { Strength, Consideration };
inline constexpr FindingKind allFindingKinds[] = {FindingKind::Strength, FindingKind::Consideration};

/// Whether the team has agreed the wording.
enum class AgreementStatus { Draft, Agreed };

[[nodiscard]] QString findingKindKey(FindingKind kind);
[[nodiscard]] FindingKind findingKindFromKey(const QString& key);
/// "Strength", "Area for consideration".
[[nodiscard]] QString findingKindLabel(FindingKind kind);
[[nodiscard]] QString agreementStatusKey(AgreementStatus status);
[[nodiscard]] AgreementStatus agreementStatusFromKey(const QString& key);
/// "Draft", "Agreed".
[[nodiscard]] QString agreementStatusLabel(AgreementStatus status);

struct Finding
{
    QUuid id;
    QUuid theme;
    FindingKind kind = FindingKind::Strength;
    QString title;
    QString text;
    AgreementStatus status = AgreementStatus::Draft;
    double position = 0;   // order within its theme and kind
    QList<QUuid> evidence; // notes, filled by FindingRepository

    friend bool operator==(const Finding&, const Finding&) = default;
};

/// A recommendation, numbered across the report in position order; the key ones lead the
/// executive summary in keyPosition order.
struct Recommendation
{
    QUuid id;
    QUuid theme; // null: a cross-cutting recommendation
    QString text;
    AgreementStatus status = AgreementStatus::Draft;
    double position = 0;
    double keyPosition = 0; // 0: not a key recommendation
    QList<QUuid> findings;  // the findings it answers, filled by FindingRepository

    [[nodiscard]] bool isKey() const { return keyPosition > 0; }
    friend bool operator==(const Recommendation&, const Recommendation&) = default;
};

/// Recommendations in the order the report numbers them: by position, then id (MERGE.md: two
/// laptops may give two the same position).
[[nodiscard]] QList<Recommendation> inReportOrder(QList<Recommendation> recommendations);

} // namespace pc
