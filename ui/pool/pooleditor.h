// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pool/poolpeer.h"

#include <QWidget>

#include <functional>

#include <optional>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QTreeWidget;

namespace pc::ui {

class CommitLineEdit;
class OptionalDateEdit;

/// The form beside the pool's table: every field of the selected peer, and the engagements they
/// served on. It never writes: each finished edit is announced as the whole peer after the change,
/// for the window to turn into an undoable command.
class PoolPeerEditor : public QWidget
{
    Q_OBJECT

public:
    explicit PoolPeerEditor(QWidget* parent = nullptr);

    /// Shows a peer (or nothing) without announcing it.
    void setPeer(const std::optional<PoolPeer>& peer);
    void setReadOnly(bool readOnly);
    /// Puts the cursor in the name, all selected, for a new peer.
    void focusName();

signals:
    /// The peer as it is after one field's edit; `field` names it for the undo text.
    void edited(const PoolPeer& peer, const QString& field);

private:
    QWidget* buildForm();
    QWidget* buildService();
    CommitLineEdit* addLineEdit(const char* name, const QString& label,
                                void (*apply)(PoolPeer&, const QString&));
    void commit(const QString& field, const std::function<void(PoolPeer&)>& change);
    void showService();
    bool eventFilter(QObject* watched, QEvent* event) override;

    std::optional<PoolPeer> m_peer;
    bool m_readOnly = false;
    QList<CommitLineEdit*> m_lineEdits;
    CommitLineEdit* m_name = nullptr;
    CommitLineEdit* m_jobTitle = nullptr;
    CommitLineEdit* m_organisation = nullptr;
    CommitLineEdit* m_previous = nullptr;
    CommitLineEdit* m_expertise = nullptr;
    CommitLineEdit* m_party = nullptr;
    CommitLineEdit* m_email = nullptr;
    CommitLineEdit* m_phone = nullptr;
    QListWidget* m_roles = nullptr;
    QComboBox* m_sector = nullptr;
    OptionalDateEdit* m_accredited = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QLabel* m_serviceSummary = nullptr;
    QTreeWidget* m_service = nullptr;
};

} // namespace pc::ui
