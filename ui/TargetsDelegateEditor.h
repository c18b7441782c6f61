// TargetsDelegateEditor: the Targets cell's editor. "All (*)" or a list of ids typed comma,
// space or newline separated; every id that is not a valid ResourceId (or is repeated) is
// underlined where it stands and named in a message line below, as the user types.
// Return or Tab commits, Shift+Return starts a new line, Esc cancels.
#pragma once

#include <QStringList>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPlainTextEdit;

namespace discue {

class TargetsDelegateEditor : public QWidget
{
    Q_OBJECT

public:
    explicit TargetsDelegateEditor(QWidget *parent = nullptr);

    void setTargets(const QStringList &targets);
    // {"*"} when "All" is checked, else the typed ids (invalid ones included: the model's
    // findings keep Send blocked while they are there).
    QStringList targets() const;
    // The typed pieces that are not valid targets or are repeated, in typed order.
    QStringList invalidTargets() const;
    QString message() const;

    QCheckBox *allCheckBox() const { return m_all; }
    QPlainTextEdit *idsEdit() const { return m_ids; }

Q_SIGNALS:
    // Return, Tab or focus leaving the editor: the delegate commits and closes the editor.
    void commitRequested();
    // Esc: the delegate closes the editor without committing.
    void cancelRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void revalidate();
    // Emits commitRequested or cancelRequested once: focus leaving after Return must not
    // close the editor a second time.
    void finish(bool commit);

    QCheckBox *m_all = nullptr;
    QPlainTextEdit *m_ids = nullptr;
    QLabel *m_message = nullptr;
    QStringList m_invalid;
    bool m_finished = false;
};

} // namespace discue
