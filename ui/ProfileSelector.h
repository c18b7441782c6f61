// ProfileSelector: the tool bar's connection profile chooser - a combo box of the profiles,
// each with a coloured dot, and a badge for the connected one: orange "Demo (local)" for the
// built-in emulator, red "Production" for a profile marked so.
#pragma once

#include "ConnectionProfile.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace discue {

class ProfileSelector : public QWidget
{
    Q_OBJECT

public:
    explicit ProfileSelector(QWidget *parent = nullptr);

    void setProfiles(const QList<ConnectionProfile> &profiles, const QString &current = {});
    // Selects the profile and shows its badge; nullopt: not connected, no badge.
    void showConnected(const std::optional<ConnectionProfile> &profile);
    // The badge's text when one is shown, else empty.
    QString badgeText() const;

Q_SIGNALS:
    void profileSelected(const QString &id);

private:
    QComboBox *m_combo = nullptr;
    QLabel *m_badge = nullptr;
};

} // namespace discue
