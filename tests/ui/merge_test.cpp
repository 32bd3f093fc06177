// SPDX-License-Identifier: GPL-3.0-or-later
// File > Merge from Copy in the main window, as a person does it: choose a peer's copy, read the
// preview, merge, see both laptops' notes, settle the field changed on both by picking the other
// version, undo the merge.
#include "exchange/notespacket.h"
#include "model/note.h"
#include "model/theme.h"
#include "storage/engagementfile.h"
#include "storage/noterepository.h"
#include "storage/scoperepository.h"
#include "support/demowindow.h"
#include "support/screenshots.h"
#include "support/whenopen.h"
#include "ui/commands/evidencecommands.h"
#include "ui/commands/setfield.h"
#include "ui/dialogs/mergeconflictsdialog.h"
#include "ui/dialogs/mergepreviewdialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QStatusBar>
#include <QStyleFactory>
#include <QTableWidget>
#include <QTreeWidget>
#include <QUndoStack>

#include <memory>

using namespace pc;
using namespace pc::test;
using namespace Qt::StringLiterals;

namespace {

bool hasNote(RecordStore& records, const QString& text)
{
    const QList<Note> notes = NoteRepository(records).notes();
    return std::any_of(notes.cbegin(), notes.cend(), [&](const Note& n) { return n.text == text; });
}

/// When the merge dialogs open: Merge in the preview (noting that it was shown), then close the
/// conflicts as they are.
void mergeWhenAsked(bool& previewed)
{
    whenOpen<ui::MergePreviewDialog>(
        [] { return qobject_cast<ui::MergePreviewDialog*>(QApplication::activeModalWidget()); },
        [&previewed](ui::MergePreviewDialog* dialog) {
            previewed = true;
            QTest::mouseClick(dialog->findChild<QPushButton*>(u"mergeButton"_s), Qt::LeftButton);
        });
    whenOpen<ui::MergeConflictsDialog>(
        [] { return qobject_cast<ui::MergeConflictsDialog*>(QApplication::activeModalWidget()); },
        [](ui::MergeConflictsDialog* dialog) { dialog->reject(); });
}

/// The window on a demo engagement, and a peer's copy of it that diverged: each laptop wrote a
/// note, and both retitled the first theme (the peer later, so its title wins the merge).
struct Fixture : DemoWindow
{
    Fixture()
    {
        ui::EngagementSession& session = *window->session();
        theme = ScopeRepository(session.file().records()).themes().first();
        copyPath = folder.path(u"peer copy.peerchallenge"_s);
        session.file().saveCopy(copyPath);
        {
            auto copy = EngagementFile::open(copyPath, peer.installation);
            EngagementFile::Edit edit(*copy);
            Note n;
            n.text = peerNote;
            n.capturedAt = peer.clock.now();
            n.themes = {theme.id};
            NoteRepository(copy->records()).addNote(n);
            Theme t = *ScopeRepository(copy->records()).theme(theme.id);
            t.title = u"Priorities and outcomes (peer)"_s;
            ScopeRepository(copy->records()).updateTheme(t);
            edit.commit();
        }
        Note n;
        n.text = leadNote;
        n.capturedAt = device.clock.now();
        REQUIRE(session.push(std::make_unique<ui::AddNotes>(session, QList<Note>{n}, u"Add note"_s)));
        REQUIRE(session.push(std::make_unique<ui::SetField>(session, u"theme"_s, theme.id, u"title"_s,
                                                            u"Priorities and outcomes (lead)"_s,
                                                            u"Rename theme"_s)));
        REQUIRE(session.undoStack()->count() == 2);
    }

    [[nodiscard]] RecordStore& records() const { return window->session()->file().records(); }
    [[nodiscard]] QString themeTitle() const { return ScopeRepository(records()).theme(theme.id)->title; }

    const QString peerNote = u"Peer: the depot's rota is praised by every crew"_s;
    const QString leadNote = u"Lead: scrutiny chairs want reports earlier"_s;
    TestDevice peer{2, 1'790'000'005'000}; // its clock five seconds on: its edits come later
    Theme theme;
    QString copyPath;
};

} // namespace

TEST_CASE("A peer's copy merged from the File menu brings its note, shows the conflict, takes the other "
          "version, and undo takes the merge back",
          "[ui][merge]")
{
    Fixture f;
    QStringList previewRows;
    QString conflictCount;
    whenOpen<ui::MergePreviewDialog>(
        [] { return qobject_cast<ui::MergePreviewDialog*>(QApplication::activeModalWidget()); },
        [&](ui::MergePreviewDialog* dialog) {
            auto* table = dialog->findChild<QTreeWidget*>(u"mergePreviewTable"_s);
            REQUIRE(table);
            for (int row = 0; row < table->topLevelItemCount(); ++row)
                previewRows.append(table->topLevelItem(row)->text(0) + u": "_s
                                   + table->topLevelItem(row)->text(1) + u"/"_s
                                   + table->topLevelItem(row)->text(2));
            auto* count = dialog->findChild<QLabel*>(u"mergeConflictCount"_s);
            conflictCount = count ? count->text() : QString();
            CHECK_FALSE(dialog->findChild<QCheckBox*>(u"mergeAcceptSkew"_s));
            auto* merge = dialog->findChild<QPushButton*>(u"mergeButton"_s);
            REQUIRE(merge->isEnabled());
            QTest::mouseClick(merge, Qt::LeftButton);
        });
    QStringList conflictRow;
    QString keptAfterPick;
    whenOpen<ui::MergeConflictsDialog>(
        [] { return qobject_cast<ui::MergeConflictsDialog*>(QApplication::activeModalWidget()); },
        [&](ui::MergeConflictsDialog* dialog) {
            QTableWidget* table = dialog->table();
            REQUIRE(table->rowCount() == 1);
            for (int column = 0; column < 4; ++column)
                conflictRow.append(table->item(0, column)->text());
            // The keyboard way: the row is current, Alt+U picks the other version.
            QTest::keyClick(table, Qt::Key_U, Qt::AltModifier);
            auto* useOther = dialog->findChild<QPushButton*>(u"useOtherVersionButton"_s);
            CHECK(QTest::qWaitFor([&] { return !useOther->isEnabled(); },
                                  2000)); // a mnemonic animates the click
            keptAfterPick = table->item(0, 2)->text();
            QTest::keyClick(dialog, Qt::Key_Escape);
        });
    f.prompter.nextOpen = f.copyPath;
    f.find<QAction>(u"actionMergeCopy"_s)->trigger();

    INFO(previewRows.join(u"; "_s).toStdString());
    CHECK(previewRows.contains(u"Evidence notes: 1/"_s));
    CHECK(previewRows.contains(u"Themes: /1"_s));
    CHECK(conflictCount.contains(u"1 field was changed on both copies"_s));
    REQUIRE(conflictRow.size() == 4);
    CHECK(conflictRow[0].startsWith(u"Theme \u201cPriorities and outcomes"_s));
    CHECK(conflictRow[1] == u"Title"_s);
    CHECK(conflictRow[2] == u"Priorities and outcomes (peer)"_s);
    CHECK(conflictRow[3] == u"Priorities and outcomes (lead)"_s);
    CHECK(keptAfterPick == u"Priorities and outcomes (lead)"_s);

    // Both laptops' notes are here, and the lead's title came back by choice.
    CHECK(hasNote(f.records(), f.peerNote));
    CHECK(hasNote(f.records(), f.leadNote));
    CHECK(f.themeTitle() == u"Priorities and outcomes (lead)"_s);
    QUndoStack* undo = f.window->session()->undoStack();
    CHECK(undo->count() == 2); // the merge and the choice: the steps before the merge are closed off
    CHECK(f.find<QAction>(u"actionUndo"_s)->isEnabled());

    f.find<QAction>(u"actionUndo"_s)->trigger(); // the choice
    CHECK(f.themeTitle() == u"Priorities and outcomes (peer)"_s);
    f.find<QAction>(u"actionUndo"_s)->trigger(); // the merge
    CHECK_FALSE(hasNote(f.records(), f.peerNote));
    CHECK(hasNote(f.records(), f.leadNote));
    CHECK(f.themeTitle() == u"Priorities and outcomes (lead)"_s);
    CHECK_FALSE(f.find<QAction>(u"actionUndo"_s)->isEnabled());
    f.find<QAction>(u"actionRedo"_s)->trigger(); // and the merge again
    CHECK(hasNote(f.records(), f.peerNote));
    CHECK(f.themeTitle() == u"Priorities and outcomes (peer)"_s);
    CHECK(f.prompter.errors.isEmpty());
}

TEST_CASE("Merging the open file itself, or a copy of another engagement, is refused and changes nothing",
          "[ui][merge]")
{
    Fixture f;
    f.prompter.nextOpen = f.path;
    f.find<QAction>(u"actionMergeCopy"_s)->trigger();
    REQUIRE(f.prompter.errors.size() == 1);
    CHECK(f.prompter.errors[0].contains(u"the file open here"_s));

    const QString other = f.folder.path(u"other.peerchallenge"_s);
    TestDevice elsewhere(5);
    makeEngagement(other, elsewhere, u"Another council's challenge"_s).reset();
    f.prompter.nextOpen = other;
    f.find<QAction>(u"actionMergeCopy"_s)->trigger();
    REQUIRE(f.prompter.errors.size() == 2);
    CHECK(f.prompter.errors[1].contains(u"different engagement"_s));
    CHECK(f.window->session()->undoStack()->count() == 2); // nothing closed off, nothing merged
    CHECK_FALSE(hasNote(f.records(), f.peerNote));
}

TEST_CASE("A notes packet exported from the File menu holds this laptop's changes, and a peer's packet "
          "imports like a copy",
          "[ui][merge][packet]")
{
    Fixture f;
    // This laptop's packet: its note and its retitled theme, since it never sent one.
    const QString mine = f.folder.path(u"lead.pcpacket"_s);
    f.prompter.nextSave = mine;
    f.find<QAction>(u"actionExportPacket"_s)->trigger();
    CHECK(f.prompter.errors.isEmpty());
    REQUIRE(QFile::exists(mine));
    CHECK(f.window->statusBar()->currentMessage().contains(u"lead.pcpacket"_s));
    f.find<QAction>(u"actionExportPacket"_s)->trigger(); // again: nothing new
    REQUIRE(f.prompter.errors.size() == 1);
    CHECK(f.prompter.errors[0].contains(u"Nothing new"_s));

    // The peer's packet, from its copy.
    const QString theirs = f.folder.path(u"peer.pcpacket"_s);
    {
        auto copy = EngagementFile::open(f.copyPath, f.peer.installation);
        exchange::exportNotesPacket(*copy, theirs);
    }
    bool previewed = false;
    mergeWhenAsked(previewed);
    f.prompter.nextOpen = theirs;
    f.find<QAction>(u"actionImportPacket"_s)->trigger();
    CHECK(previewed);
    CHECK(hasNote(f.records(), f.peerNote));
    CHECK(f.themeTitle() == u"Priorities and outcomes (peer)"_s);
    f.find<QAction>(u"actionUndo"_s)->trigger();
    CHECK_FALSE(hasNote(f.records(), f.peerNote));
    CHECK(f.prompter.errors.size() == 1);
}

TEST_CASE("A file opened from a OneDrive folder is moved to a local copy on request, and conflicted copies "
          "beside a file are offered for merging",
          "[ui][merge][syncfolder]")
{
    Fixture f;
    const QString synced = f.folder.path(u"OneDrive - Northmoor DC/visit.peerchallenge"_s);
    REQUIRE(QDir().mkpath(QFileInfo(synced).absolutePath()));
    f.window->session()->file().saveCopy(synced);
    f.prompter.answer = true;
    REQUIRE(f.window->openFile(synced));
    REQUIRE(f.prompter.questions.size() == 1);
    CHECK(f.prompter.questions[0].contains(u"in a OneDrive folder"_s));
    const QString local = f.window->session()->file().path();
    CHECK(local != synced);
    CHECK(local.contains(u"Local copies"_s));
    CHECK(f.window->statusBar()->currentMessage().contains(u"Merge from Copy"_s));

    // A plain folder, with the peer's copy left beside the file as Dropbox leaves it.
    const QString visit = f.folder.path(u"visit.peerchallenge"_s);
    f.window->session()->file().saveCopy(visit);
    REQUIRE(QFile::copy(f.copyPath, f.folder.path(u"visit (conflicted copy 2026-10-14).peerchallenge"_s)));
    bool previewed = false;
    mergeWhenAsked(previewed);
    REQUIRE(f.window->openFile(visit));
    REQUIRE(f.prompter.questions.size() == 2);
    CHECK(f.prompter.questions[1].contains(u"visit (conflicted copy 2026-10-14).peerchallenge"_s));
    CHECK(previewed);
    CHECK(hasNote(f.records(), f.peerNote));
    CHECK(f.prompter.errors.isEmpty());
}

TEST_CASE("Screenshots of the merge dialogs", "[.screenshots]")
{
    const QString out = qEnvironmentVariable("PC_SCREENSHOT_DIR");
    if (out.isEmpty())
        return;
    QDir().mkpath(out);
    const QPalette light = QApplication::palette();
    for (const bool dark : {false, true}) {
        Fixture f;
        // A second copy whose clock runs days fast, for the warning.
        const QString fast = f.folder.path(u"fast copy.peerchallenge"_s);
        QFile::copy(f.copyPath, fast);
        {
            TestDevice skewed(7, QDateTime::currentMSecsSinceEpoch() + 6LL * 24 * 3600 * 1000);
            auto copy = EngagementFile::open(fast, skewed.installation);
            EngagementFile::Edit edit(*copy);
            Note n;
            n.text = u"Written on a laptop whose clock is wrong"_s;
            n.capturedAt = skewed.clock.now();
            NoteRepository(copy->records()).addNote(n);
            edit.commit();
        }
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QApplication::setPalette(dark ? darkPalette() : light);
        const QString suffix =
            u"%1-x%2.png"_s.arg(dark ? u"dark"_s : u"light"_s).arg(f.window->devicePixelRatio());
        const auto grab = [&](const QString& name) {
            return [=](QDialog* dialog) {
                QTest::qWait(100);
                CHECK(dialog->grab().save(u"%1/%2-%3"_s.arg(out, name, suffix)));
                if (auto* merge = dialog->findChild<QPushButton*>(u"mergeButton"_s);
                    merge && merge->isEnabled())
                    QTest::mouseClick(merge, Qt::LeftButton);
                else
                    dialog->reject();
            };
        };
        const auto modal = [] { return qobject_cast<QDialog*>(QApplication::activeModalWidget()); };
        whenOpen<QDialog>(modal, grab(u"merge-skew"_s));
        f.prompter.nextOpen = fast;
        f.find<QAction>(u"actionMergeCopy"_s)->trigger();
        whenOpen<QDialog>(modal, [&](QDialog* preview) {
            grab(u"merge-preview"_s)(preview);
            whenOpen<QDialog>(modal, grab(u"merge-conflicts"_s));
        });
        f.prompter.nextOpen = f.copyPath;
        f.find<QAction>(u"actionMergeCopy"_s)->trigger();
    }
    QApplication::setPalette(light);
}
