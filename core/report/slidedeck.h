// SPDX-License-Identifier: GPL-3.0-or-later
// The last-day presentation as structure: a few slides of few words, read from the back of a
// council chamber. Built from the agreed findings (feedbackslides), drawn by slidespdf.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace pc::report {

struct Slide
{
    enum class Kind {
        Title,   // title, subtitle (the council), points[0] the dates
        Section, // a divider: title only (a theme's name), subtitle optional
        Points   // title and up to six short points
    };
    Kind kind = Kind::Points;
    QString title;
    QString subtitle;
    QStringList points;

    friend bool operator==(const Slide&, const Slide&) = default;
};

struct SlideDeck
{
    QString footer; // on every slide but the title: "Northmoor District Council – corporate peer challenge"
    QList<Slide> slides;

    friend bool operator==(const SlideDeck&, const SlideDeck&) = default;
};

} // namespace pc::report
