// SPDX-License-Identifier: GPL-3.0-or-later
// The column-mapping step of CSV imports, driven as a person would: the guessed columns, the combos,
// the problems with their lines, Import only when every row converts, Enter and Escape.
#include "exchange/csvimport.h"
#include "exchange/csvreader.h"
#include "support/screenshots.h"
#include "support/testsupport.h"
#include "ui/dialogs/csvimportdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPalette>
#include <QPushButton>
#include <QStyleFactory>
#include <QTableWidget>
#include <QTest>

#include <memory>
#include <variant>

using namespace pc;
using namespace pc::csv;
using namespace Qt::StringLiterals;

namespace {

struct Peer
{
    QString name;
    QString email;
    int days = 0;
};

const QList<ColumnSpec> peerSpecs = {
    {u"name"_s, u"Name"_s, true, {u"Full name"_s}},
    {u"email"_s, u"Email"_s, true, {u"E-mail"_s, u"Email address"_s}},
    {u"organisation"_s, u"Organisation"_s, false, {u"Council"_s, u"Employer"_s}},
    {u"days"_s, u"Days contributed"_s, false, {u"Days"_s}},
};

std::variant<Peer, QString> toPeer(const QHash<QString, QString>& fields)
{
    if (fields.value(u"name"_s).isEmpty())
        return u"the name is empty."_s;
    const QString email = fields.value(u"email"_s);
    if (email.isEmpty())
        return u"the email is empty."_s;
    if (!email.contains(u'@'))
        return u"\"%1\" is not an email address."_s.arg(email);
    bool number = true;
    const QString days = fields.value(u"days"_s);
    const int count = days.isEmpty() ? 0 : days.toInt(&number);
    if (!number)
        return u"\"%1\" is not a number of days."_s.arg(days);
    return Peer{fields.value(u"name"_s), email, count};
}

/// Header line 1; Priya's personal address is missing on line 4, her work address is not.
const QByteArray peersCsv = "Full name,E-mail,Council,Work email,Notes\r\n"
                            "Asha Patel,asha.patel@example.org,Kingsford Borough Council,"
                            "a.patel@kingsford.example.gov.uk,\r\n"
                            "Tom Reilly,tom.reilly@example.org,Eastvale County Council,"
                            "t.reilly@eastvale.example.gov.uk,Chair of scrutiny\r\n"
                            "Priya Shah,,Westbridge City Council,p.shah@westbridge.example.gov.uk,\r\n";

/// The dialog on a CSV, shown and active so that the keyboard reaches it.
struct Fixture
{
    explicit Fixture(const QByteArray& csv = peersCsv, QList<ColumnSpec> specs = peerSpecs)
        : table(read(csv))
    {
        const CsvTable copy = table;
        dialog = std::make_unique<ui::CsvImportDialog>(
            u"Import peers"_s, table, std::move(specs), [copy](const ColumnMapping& mapping) {
                return importRows<Peer>(copy, mapping, toPeer).problems;
            });
        dialog->show();
        REQUIRE(QTest::qWaitForWindowActive(dialog.get()));
    }

    template <typename T>
    T* find(const QString& name) const
    {
        T* widget = dialog->findChild<T*>(name);
        REQUIRE(widget);
        return widget;
    }

    [[nodiscard]] QComboBox* combo(const QString& key) const { return find<QComboBox>(u"column-"_s + key); }
    [[nodiscard]] QPushButton* importButton() const { return find<QPushButton>(u"importButton"_s); }
    [[nodiscard]] QString summary() const { return find<QLabel>(u"importSummary"_s)->text(); }

    [[nodiscard]] QStringList problems() const
    {
        auto* list = find<QListWidget>(u"problemList"_s);
        QStringList result;
        for (int i = 0; i < list->count(); ++i)
            result.append(list->item(i)->text());
        return list->isVisible() ? result : QStringList();
    }

    /// Moves a closed combo with the arrow keys, as a person does, until it shows `text`.
    void choose(const QString& key, const QString& text) const
    {
        QComboBox* box = combo(key);
        const int target = box->findText(text);
        REQUIRE(target >= 0);
        box->setFocus();
        while (box->currentIndex() != target)
            QTest::keyClick(box, box->currentIndex() < target ? Qt::Key_Down : Qt::Key_Up);
    }

    /// The object names Tab visits from the focus until it comes back round.
    [[nodiscard]] QStringList tabOrder() const
    {
        QWidget* start = QApplication::focusWidget();
        QStringList visited{start->objectName()};
        for (int i = 0; i < 20; ++i) {
            press(Qt::Key_Tab);
            if (QApplication::focusWidget() == start)
                break;
            visited.append(QApplication::focusWidget()->objectName());
        }
        return visited;
    }

    /// Presses a key where the focus is, so that it travels up to the dialog as a real one does.
    void press(Qt::Key key) const
    {
        QWidget* target = QApplication::focusWidget();
        QTest::keyClick(target ? target : dialog.get(), key);
    }

    CsvTable table;
    std::unique_ptr<ui::CsvImportDialog> dialog;
};

QString headerText(QTableWidget* table, int column)
{
    return table->horizontalHeaderItem(column)->text();
}

} // namespace

TEST_CASE("The column-mapping step starts from the columns the header names, aliases included", "[csv]")
{
    Fixture f;
    CHECK(f.dialog->windowTitle() == u"Import peers"_s);
    CHECK(f.combo(u"name"_s)->currentText() == u"Full name"_s);
    CHECK(f.combo(u"email"_s)->currentText() == u"E-mail"_s);
    CHECK(f.combo(u"organisation"_s)->currentText() == u"Council"_s);
    CHECK(f.combo(u"days"_s)->currentText() == u"(not imported)"_s);
    CHECK(f.combo(u"days"_s)->itemText(0) == u"(not imported)"_s);
    CHECK(f.combo(u"name"_s)->itemText(0) == u"(not imported)"_s);

    const ColumnMapping mapping = f.dialog->mapping();
    CHECK(mapping.columnOf == QHash<QString, int>{{u"name"_s, 0}, {u"email"_s, 1}, {u"organisation"_s, 2}});
    CHECK(mapping.ignoredHeaders == QStringList{u"Work email"_s, u"Notes"_s});
    CHECK(f.find<QLabel>(u"ignoredColumns"_s)->text() == u"Not imported: Work email, Notes"_s);

    auto* preview = f.find<QTableWidget>(u"previewTable"_s);
    CHECK(preview->rowCount() == 3);
    CHECK(preview->columnCount() == 5);
    CHECK(headerText(preview, 0) == u"Full name\n→ Name"_s);
    CHECK(headerText(preview, 2) == u"Council\n→ Organisation"_s);
    CHECK(headerText(preview, 3) == u"Work email\nnot imported"_s);
    CHECK(preview->verticalHeaderItem(2)->text() == u"4"_s); // rows are named by their line
    CHECK(preview->item(1, 4)->text() == u"Chair of scrutiny"_s);
    CHECK(preview->editTriggers() == QAbstractItemView::NoEditTriggers);
}

TEST_CASE("A rejected row is listed with its line, and Import waits until the mapping fixes it", "[csv]")
{
    Fixture f;
    CHECK(f.summary() == u"1 row cannot be imported. Nothing will be imported until it is fixed:"_s);
    CHECK(f.problems() == QStringList{u"Line 4: the email is empty."_s});
    CHECK_FALSE(f.importButton()->isEnabled());
    f.combo(u"email"_s)->setFocus();
    f.press(Qt::Key_Return);
    CHECK(f.dialog->isVisible()); // Enter does nothing while a row would be rejected

    // On the way down, "Council" feeds two fields for a moment; nothing is lost by passing it.
    f.choose(u"email"_s, u"Work email"_s);
    CHECK(f.combo(u"organisation"_s)->currentText() == u"Council"_s);
    CHECK(f.summary() == u"All 3 rows are ready to import."_s);
    CHECK(f.problems().isEmpty());
    CHECK(f.importButton()->isEnabled());
    CHECK(f.importButton()->text() == u"Import 3 rows"_s);
    CHECK(f.find<QTableWidget>(u"previewTable"_s)->horizontalHeaderItem(1)->text()
          == u"E-mail\nnot imported"_s);

    f.press(Qt::Key_Return);
    CHECK_FALSE(f.dialog->isVisible());
    CHECK(f.dialog->result() == QDialog::Accepted);
    const ColumnMapping mapping = f.dialog->mapping();
    CHECK(mapping.columnOf.value(u"email"_s) == 3);
    CHECK(mapping.columnOf.value(u"name"_s) == 0);
    CHECK(importRows<Peer>(f.table, mapping, toPeer).records.size() == 3);
}

TEST_CASE("A required field left without a column disables Import and asks for the column", "[csv]")
{
    Fixture f;
    f.choose(u"email"_s, u"Work email"_s);
    REQUIRE(f.importButton()->isEnabled());

    f.choose(u"name"_s, u"(not imported)"_s);
    CHECK(f.summary() == u"Nothing can be imported until the columns are chosen:"_s);
    CHECK(f.problems() == QStringList{u"Choose a column for Name."_s});
    CHECK_FALSE(f.importButton()->isEnabled());
    CHECK(f.dialog->mapping().unmappedRequired == QStringList{u"Name"_s});
    CHECK(f.find<QLabel>(u"ignoredColumns"_s)->text() == u"Not imported: Full name, E-mail, Notes"_s);
    f.press(Qt::Key_Return);
    CHECK(f.dialog->isVisible());

    f.choose(u"name"_s, u"Full name"_s);
    CHECK(f.importButton()->isEnabled());
    CHECK(f.problems().isEmpty());
}

TEST_CASE("One column chosen for two fields is refused until one of them changes", "[csv]")
{
    Fixture f;
    f.choose(u"email"_s, u"Work email"_s);
    f.choose(u"days"_s, u"Work email"_s);
    CHECK(f.problems()
          == QStringList{u"The column \"Work email\" is chosen for Email and Days contributed."_s});
    CHECK_FALSE(f.importButton()->isEnabled());
    f.choose(u"days"_s, u"(not imported)"_s);
    CHECK(f.importButton()->isEnabled());
}

TEST_CASE("A CSV file with a header and no rows says so and offers nothing to import", "[csv]")
{
    Fixture f("Full name,Email\r\n");
    CHECK(f.summary() == u"The file has a header but no rows."_s);
    CHECK_FALSE(f.importButton()->isEnabled());
    CHECK(f.find<QTableWidget>(u"previewTable"_s)->rowCount() == 0);
    f.press(Qt::Key_Return);
    CHECK(f.dialog->isVisible());
}

TEST_CASE("Tab reaches every field, the preview, the problems and the buttons; Escape cancels", "[csv]")
{
    Fixture f;
    CHECK(QApplication::focusWidget() == f.combo(u"name"_s)); // the first field has the focus
    CHECK(f.tabOrder()
          == QStringList{u"column-name"_s, u"column-email"_s, u"column-organisation"_s, u"column-days"_s,
                         u"previewTable"_s, u"problemList"_s, u"copyProblemsButton"_s, u"cancelButton"_s});
    f.choose(u"email"_s, u"Work email"_s); // Import is enabled and the problems are gone
    const QStringList order = f.tabOrder();
    CHECK(order.mid(0, 4)
          == QStringList{u"column-email"_s, u"column-organisation"_s, u"column-days"_s, u"previewTable"_s});
    // The buttons come in the order of the platform's button layout.
    CHECK(QSet<QString>(order.cbegin() + 4, order.cend())
          == QSet<QString>{u"cancelButton"_s, u"importButton"_s, u"column-name"_s});
    f.press(Qt::Key_Escape);
    CHECK_FALSE(f.dialog->isVisible());
    CHECK(f.dialog->result() == QDialog::Rejected);
}

TEST_CASE("The problems are copied, all with the button or the selected ones with Ctrl+C", "[csv]")
{
    const QByteArray csv = "Name,Email,Days\n"
                           "Asha Patel,asha@example.org,three\n"
                           "Tom Reilly,tom.example.org,2\n"
                           "Priya Shah,priya@example.org,1\n";
    Fixture f(csv);
    CHECK(f.summary() == u"2 rows cannot be imported. Nothing will be imported until they are fixed:"_s);
    const QStringList expected = {u"Line 2: \"three\" is not a number of days."_s,
                                  u"Line 3: \"tom.example.org\" is not an email address."_s};
    CHECK(f.problems() == expected);
    QTest::mouseClick(f.find<QPushButton>(u"copyProblemsButton"_s), Qt::LeftButton);
    CHECK(QGuiApplication::clipboard()->text() == expected.join(u'\n'));

    auto* list = f.find<QListWidget>(u"problemList"_s);
    list->setFocus();
    list->setCurrentRow(1);
    QTest::keyClick(list, Qt::Key_C, Qt::ControlModifier);
    CHECK(QGuiApplication::clipboard()->text() == expected.at(1));
}

// ----------------------------------------------------------------------------------------------
// Not a check: pictures of the dialog for a person to look at (light and dark, any scale).
// `PC_SCREENSHOT_DIR=out QT_SCALE_FACTOR=2 ui_tests "[.screenshots]"`.

namespace {

/// The dark palette of screenshot_test.cpp (kept in step with it by hand), with the disabled text a
/// platform's dark theme has, so that a disabled Import button looks disabled.
const QList<ColumnSpec> poolSpecs = {
    {u"name"_s, u"Name"_s, true, {u"Full name"_s}},
    {u"email"_s, u"Email"_s, true, {u"E-mail"_s, u"Email address"_s}},
    {u"role"_s, u"Peer role"_s, true, {u"Peer type"_s, u"Role"_s}},
    {u"job_title"_s, u"Job title"_s, false, {u"Position"_s}},
    {u"organisation"_s, u"Organisation"_s, false, {u"Council"_s, u"Employer"_s}},
    {u"sector"_s, u"Sector"_s, false, {}},
    {u"political_group"_s, u"Political group"_s, false, {u"Party"_s}},
    {u"expertise"_s, u"Expertise"_s, false, {u"Areas of expertise"_s}},
    {u"days"_s, u"Days contributed"_s, false, {u"Days"_s}},
    {u"phone"_s, u"Phone"_s, false, {u"Telephone"_s, u"Mobile"_s}},
};

QByteArray poolCsv()
{
    QByteArray csv = "Full name,Email address,Peer type,Job title,Council,Sector,Party,Areas of expertise,"
                     "Days,Last engagement,Mobile,Notes\r\n";
    const char* rows[] = {
        "Cllr Asha Patel,asha.patel@kingsford.example.gov.uk,Member peer,Leader of the Council,Kingsford "
        "Borough Council,District,Labour,\"Leadership, housing\",14,Eastvale 2025,07700 900123,",
        "Tom Reilly,tom.reilly@eastvale.example.gov.uk,Officer peer,Chief Executive,Eastvale County "
        "Council,County,,\"Finance, transformation\",22,Northmoor 2024,07700 900456,Prefers spring",
        "Priya Shah,p.shah@westbridge.example.gov.uk,Officer peer,Director of Resources,Westbridge City "
        "Council,Unitary,,Finance,three,Ashby 2025,07700 900789,",
        "Cllr Gareth Owen,gareth.owen@lowfield.example.gov.uk,Member peer,Deputy Leader,Lowfield District "
        "Council,District,Conservative,\"Planning, growth\",9,,07700 900321,",
        "Morag Campbell,,Officer peer,Head of Democratic Services,Riverside Metropolitan Borough "
        "Council,Metropolitan,,\"Governance, scrutiny\",17,Kingsford 2025,07700 900654,Needs step-free "
        "access",
        "Cllr Daniel Okafor,d.okafor@harbour.example.gov.uk,Member peer,Cabinet Member for Adults,Harbour "
        "City Council,Unitary,Liberal Democrat,Adult social care,6,Westbridge 2024,07700 900987,",
        "Helen Ashworth,helen.ashworth@lga.example.org,Peer challenge manager,Senior Adviser,Local "
        "Government Association,,,Programme management,41,Northmoor 2026,07700 900111,",
        "Sanjay Mistry,s.mistry@oakham.example.gov.uk,Officer peer,Director of Place,Oakham District "
        "Council,District,,\"Regeneration, economy\",11,Eastvale 2025,07700 900222,",
        "Cllr Rhiannon Hughes,r.hughes@brecon.example.gov.uk,Member peer,Leader of the Opposition,Brecon "
        "Valley Council,Unitary,Plaid Cymru,Scrutiny,8,,07700 900333,",
        "Joanna Fielding,j.fielding@southwold.example.gov.uk,Officer peer,Chief Finance Officer,Southwold "
        "County Council,County,,Finance,19,Ashby 2025,07700 900444,",
    };
    for (const char* row : rows)
        csv += QByteArray(row) + "\r\n";
    return csv;
}

std::variant<Peer, QString> toPoolPeer(const QHash<QString, QString>& fields)
{
    if (fields.value(u"email"_s).isEmpty())
        return u"the email is empty; every peer in the pool needs one."_s;
    bool number = true;
    const QString days = fields.value(u"days"_s);
    const int count = days.isEmpty() ? 0 : days.toInt(&number);
    if (!number)
        return u"\"%1\" is not a number of days."_s.arg(days);
    return Peer{fields.value(u"name"_s), fields.value(u"email"_s), count};
}

} // namespace

TEST_CASE("Screenshots of the CSV column-mapping step", "[.screenshots]")
{
    const QString out = qEnvironmentVariable("PC_SCREENSHOT_DIR");
    if (out.isEmpty())
        return;
    QDir().mkpath(out);
    const CsvTable table = read(poolCsv());
    const auto validate = [table](const ColumnMapping& mapping) {
        return importRows<Peer>(table, mapping, toPoolPeer).problems;
    };
    const QPalette light = QApplication::palette();
    for (const bool dark : {false, true}) {
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QApplication::setPalette(dark ? pc::test::darkPalette() : light);
        const QString theme = dark ? u"dark"_s : u"light"_s;
        for (const bool fixed : {false, true}) {
            ui::CsvImportDialog dialog(u"Import Peers"_s, table, poolSpecs, validate);
            dialog.show();
            REQUIRE(QTest::qWaitForWindowExposed(&dialog));
            if (fixed)
                dialog.findChild<QComboBox*>(u"column-email"_s)->setCurrentIndex(0);
            QTest::qWait(50);
            const QString name = u"%1/csvimport-%2-%3-x%4.png"_s.arg(
                out, fixed ? u"missing"_s : u"problems"_s, theme, QString::number(dialog.devicePixelRatio()));
            CHECK(dialog.grab().save(name));
        }
    }
    QApplication::setPalette(light);
}
