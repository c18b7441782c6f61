#include "TargetsDelegateEditor.h"

#include "KeyEditorFindingList.h"
#include "ScopeGridModel.h"

#include <QApplication>
#include <QCheckBox>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSet>
#include <QTextBlock>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace discue {
namespace {

bool isSeparator(QChar c)
{
    return c == u',' || c == u';' || c.isSpace();
}

} // namespace

TargetsDelegateEditor::TargetsDelegateEditor(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"targetsEditor"_s);
    setAutoFillBackground(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(2);

    m_all = new QCheckBox(tr("&All (*)"), this);
    m_all->setObjectName(u"allTargetsCheck"_s);
    m_all->setAccessibleName(tr("All targets"));
    m_all->setToolTip(tr("Grant the access on every resource of this type, present and future."));
    layout->addWidget(m_all);

    m_ids = new QPlainTextEdit(this);
    m_ids->setObjectName(u"targetIdsEdit"_s);
    m_ids->setAccessibleName(tr("Target ids"));
    m_ids->setAccessibleDescription(
        tr("Resource ids separated by commas, spaces or new lines. Return applies, Shift+Return "
           "starts a new line, Esc cancels."));
    m_ids->setPlaceholderText(tr("Ids, separated by commas, spaces or new lines"));
    m_ids->setTabChangesFocus(true);
    m_ids->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    const int lineHeight = m_ids->fontMetrics().lineSpacing();
    m_ids->setFixedHeight(lineHeight * 3 + 2 * m_ids->frameWidth() + 8);
    layout->addWidget(m_ids);

    m_message = new QLabel(this);
    m_message->setObjectName(u"targetsMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    layout->addWidget(m_message);

    setFocusProxy(m_ids);
    m_ids->installEventFilter(this);
    m_all->installEventFilter(this);

    connect(m_all, &QCheckBox::toggled, this, [this](bool all) {
        m_ids->setEnabled(!all);
        setFocusProxy(all ? static_cast<QWidget *>(m_all) : m_ids);
        revalidate();
    });
    connect(m_ids, &QPlainTextEdit::textChanged, this, &TargetsDelegateEditor::revalidate);
    revalidate();
}

void TargetsDelegateEditor::setTargets(const QStringList &targets)
{
    const bool all = targets.contains(wildcardTarget);
    QStringList ids = targets;
    ids.removeAll(wildcardTarget.toString());
    m_ids->setPlainText(ScopeGridModel::targetsEditText(ids));
    m_all->setChecked(all);
    m_ids->moveCursor(QTextCursor::End);
    revalidate();
}

QStringList TargetsDelegateEditor::targets() const
{
    if (m_all->isChecked())
        return {u"*"_s};
    return ScopeGridModel::parseTargets(m_ids->toPlainText());
}

QStringList TargetsDelegateEditor::invalidTargets() const
{
    return m_invalid;
}

QString TargetsDelegateEditor::message() const
{
    return m_message->text();
}

void TargetsDelegateEditor::revalidate()
{
    m_invalid.clear();
    QList<QTextEdit::ExtraSelection> marks;
    QStringList duplicates;
    if (!m_all->isChecked()) {
        // Walk the text once, so that every bad piece is marked where it stands.
        const QString text = m_ids->toPlainText();
        QSet<QString> seen;
        qsizetype start = -1;
        for (qsizetype i = 0; i <= text.size(); ++i) {
            const bool boundary = i == text.size() || isSeparator(text.at(i));
            if (!boundary) {
                if (start < 0)
                    start = i;
                continue;
            }
            if (start < 0)
                continue;
            const QString piece = text.mid(start, i - start);
            const bool invalid = !ScopePolicy::isValidTarget(piece);
            const bool repeated = !invalid && seen.contains(piece);
            seen.insert(piece);
            if (invalid || repeated) {
                if (invalid)
                    m_invalid.append(piece);
                else
                    duplicates.append(piece);
                QTextEdit::ExtraSelection mark;
                mark.cursor = QTextCursor(m_ids->document());
                mark.cursor.setPosition(int(start));
                mark.cursor.setPosition(int(i), QTextCursor::KeepAnchor);
                mark.format.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
                mark.format.setUnderlineColor(QColor(220, 50, 47)); // red on light and dark
                mark.format.setBackground(QColor(220, 50, 47, 50));
                marks.append(mark);
            }
            start = -1;
        }
    }
    m_ids->setExtraSelections(marks);

    QString text;
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText, QApplication::palette().color(QPalette::WindowText));
    const QColor errorColour = KeyEditorFindingList::severityColour(Severity::Error, palette);
    if (m_all->isChecked()) {
        text = tr("Every resource of this type.");
    } else if (!m_invalid.isEmpty()) {
        text = tr("Not a resource id: %1. An id has 21 letters, digits, \"_\" or \"-\".")
                   .arg(m_invalid.join(u", "_s));
        palette.setColor(QPalette::WindowText, errorColour);
    } else if (!duplicates.isEmpty()) {
        text = tr("Listed twice: %1.").arg(duplicates.join(u", "_s));
        palette.setColor(QPalette::WindowText, errorColour);
    } else {
        const qsizetype count = targets().size();
        text = count == 0 ? tr("Enter at least one id, or check All.")
                          : tr("%n ids.", nullptr, int(count));
    }
    m_message->setPalette(palette);
    m_message->setText(text);
    m_ids->setAccessibleDescription(text);
}

void TargetsDelegateEditor::finish(bool commit)
{
    if (std::exchange(m_finished, true))
        return;
    if (commit)
        Q_EMIT commitRequested();
    else
        Q_EMIT cancelRequested();
}

bool TargetsDelegateEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (watched == m_ids && (key->modifiers() & Qt::ShiftModifier))
                return false; // a new line
            finish(true);
            return true;
        case Qt::Key_Escape:
            finish(false);
            return true;
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            // Between the two inputs inside the editor; out of it, apply.
            if (watched == m_all && key->key() == Qt::Key_Tab && m_ids->isEnabled()) {
                m_ids->setFocus(Qt::TabFocusReason);
                return true;
            }
            if (watched == m_ids && key->key() == Qt::Key_Backtab) {
                m_all->setFocus(Qt::BacktabFocusReason);
                return true;
            }
            finish(true);
            return true;
        default:
            break;
        }
    } else if (event->type() == QEvent::FocusOut) {
        const auto *focus = static_cast<QFocusEvent *>(event);
        QWidget *next = QApplication::focusWidget();
        if (focus->reason() != Qt::PopupFocusReason &&
            focus->reason() != Qt::ActiveWindowFocusReason && next && !isAncestorOf(next) &&
            next != this)
            finish(true);
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace discue
