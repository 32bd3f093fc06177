// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/triangulation.h"

#include <catch2/catch.hpp>

using namespace pc;

namespace {

QUuid id(int n)
{
    return QUuid(quint32(n), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
}

Note note(int n, int session, int document = 0)
{
    Note x;
    x.id = id(100 + n);
    x.session = session ? id(session) : QUuid();
    x.document = document ? id(200 + document) : QUuid();
    return x;
}

Session session(int n, QList<GroupMet> groups)
{
    Session s;
    s.id = id(n);
    s.groups = std::move(groups);
    return s;
}

} // namespace

TEST_CASE("Triangulation counts notes, distinct sessions, documents and groups", "[evidence][triangulation]")
{
    const QList<Session> sessions{
        session(1, {{ParticipantGroup::Staff, 10}}),
        session(2, {{ParticipantGroup::Staff, 4}, {ParticipantGroup::Partners, 3}})};
    const QList<Note> notes{note(1, 1), note(2, 1), note(3, 2), note(4, 0, 1), note(5, 0), note(6, 0)};
    Finding f;
    f.id = id(900);
    f.evidence = {id(101), id(102), id(103), id(104), id(105), id(106), id(999)}; // 999: removed
    const Triangulation t = triangulateAll({f}, notes, sessions).value(f.id);
    CHECK(t.notes == 6);
    CHECK(t.sessions == 2);
    CHECK(t.documents == 1);
    CHECK(t.unattributed == 1); // two notes from neither count as one source
    CHECK(t.sources() == 4);
    CHECK(t.groups == 2);
    CHECK_FALSE(t.isThin());
}

TEST_CASE("A finding with fewer than two distinct sources is thin", "[evidence][triangulation]")
{
    const QList<Session> sessions{session(1, {})};
    Finding none;
    none.id = id(1);
    Finding oneSession;
    oneSession.id = id(2);
    oneSession.evidence = {id(101), id(102), id(103)}; // three notes, all from one interview
    Finding sessionAndDocument;
    sessionAndDocument.id = id(3);
    sessionAndDocument.evidence = {id(101), id(104)};
    const QList<Note> notes{note(1, 1), note(2, 1), note(3, 1), note(4, 0, 7)};
    const auto all = triangulateAll({none, oneSession, sessionAndDocument}, notes, sessions);
    CHECK(all.value(none.id).isThin());
    CHECK(all.value(none.id).notes == 0);
    CHECK(all.value(oneSession.id).isThin());
    CHECK(all.value(oneSession.id).notes == 3);
    CHECK_FALSE(all.value(sessionAndDocument.id).isThin());
}
