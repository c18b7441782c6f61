// The show-once secret: masked until Reveal, copied through Clipboard which clears the
// clipboard after its delay only if it still holds the secret, and a dialog that cannot be
// closed before "I have stored this key" and forgets the secret when it closes.
#include "Clipboard.h"
#include "SecretDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace discue;

namespace {

const QString secret = u"s3cr3t_s3cr3t_s3cr3t_s3cr3t_s3cr3t_s3cr3t_s3cr3t_s3cr3t_0123456"_s;
const QString keyId = u"MbCS6UB_m7NdvyDOE8stT"_s;

} // namespace

class TestSecretDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void maskedUntilRevealed()
    {
        Clipboard clipboard(QGuiApplication::clipboard());
        SecretDialog dialog(secret, keyId, u"ci runner"_s, &clipboard);
        auto *edit = dialog.findChild<QLineEdit *>(u"secretEdit"_s);
        QCOMPARE(edit->echoMode(), QLineEdit::Password);
        QVERIFY(!dialog.isRevealed());
        QCOMPARE(dialog.findChild<QLineEdit *>(u"keyIdEdit"_s)->text(), keyId);
        auto *reveal = dialog.findChild<QPushButton *>(u"revealButton"_s);
        reveal->click();
        QVERIFY(dialog.isRevealed());
        QCOMPARE(edit->displayText(), secret);
        reveal->click();
        QVERIFY(!dialog.isRevealed());
        QVERIFY(edit->displayText() != secret);
    }

    void copiedSecretIsClearedAfterTheDelay()
    {
        QClipboard *system = QGuiApplication::clipboard();
        Clipboard clipboard(system);
        clipboard.setClearDelay(100);
        SecretDialog dialog(secret, keyId, u"ci runner"_s, &clipboard);
        QSignalSpy cleared(&clipboard, &Clipboard::cleared);
        dialog.findChild<QPushButton *>(u"copyButton"_s)->click();
        QCOMPARE(system->text(), secret);
        QVERIFY(clipboard.isClearPending());
        QVERIFY(!dialog.findChild<QLabel *>(u"copiedLabel"_s)->text().isEmpty());
        QVERIFY(cleared.wait());
        QVERIFY(system->text().isEmpty());
    }

    void ctrlCInTheRevealedFieldIsClearedLikeCopy()
    {
        QClipboard *system = QGuiApplication::clipboard();
        system->clear();
        Clipboard clipboard(system);
        clipboard.setClearDelay(100);
        SecretDialog dialog(secret, keyId, u"ci runner"_s, &clipboard);
        dialog.show();
        QApplication::setActiveWindow(&dialog);
        QTRY_COMPARE(QApplication::activeWindow(), &dialog);
        dialog.findChild<QPushButton *>(u"revealButton"_s)->click();
        auto *edit = dialog.findChild<QLineEdit *>(u"secretEdit"_s);
        edit->setFocus();
        edit->selectAll();
        QSignalSpy cleared(&clipboard, &Clipboard::cleared);
        QTest::keyClick(edit, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(system->text(), secret);
        QVERIFY(clipboard.isClearPending());
        QVERIFY(!dialog.findChild<QLabel *>(u"copiedLabel"_s)->text().isEmpty());
        QVERIFY(cleared.wait());
        QVERIFY(system->text().isEmpty());
        QCOMPARE(edit->contextMenuPolicy(), Qt::NoContextMenu); // no uncleared way to copy
    }

    void somethingCopiedSinceIsLeftAlone()
    {
        QClipboard *system = QGuiApplication::clipboard();
        Clipboard clipboard(system);
        clipboard.setClearDelay(50);
        clipboard.setText(secret);
        system->setText(u"the user's own text"_s);
        QTRY_VERIFY(!clipboard.isClearPending());
        QCOMPARE(system->text(), u"the user's own text"_s);
    }

    void aCopyOutlivesTheDialogUntilItsClearRuns()
    {
        QClipboard *system = QGuiApplication::clipboard();
        auto *dialog = new SecretDialog(secret, keyId, u"ci runner"_s);
        QPointer<Clipboard> own = dialog->clipboard();
        own->setClearDelay(150);
        dialog->findChild<QPushButton *>(u"copyButton"_s)->click();
        dialog->findChild<QCheckBox *>(u"storedCheck"_s)->setChecked(true);
        delete dialog; // closed right after copying: the paste still works...
        QCOMPARE(system->text(), secret);
        QTRY_VERIFY(system->text().isEmpty()); // ...until the delay is over
        QTRY_VERIFY(!own);
    }

    void closingNeedsTheAcknowledgementAndWipesTheSecret()
    {
        Clipboard clipboard(QGuiApplication::clipboard());
        SecretDialog dialog(secret, keyId, u"ci runner"_s, &clipboard);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *close = dialog.findChild<QPushButton *>(u"closeButton"_s);
        QVERIFY(!close->isEnabled());
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(dialog.isVisible());
        dialog.close();
        QVERIFY(dialog.isVisible());
        auto *stored = dialog.findChild<QCheckBox *>(u"storedCheck"_s);
        QCOMPARE(stored->accessibleName(), u"I have stored this key"_s);
        stored->setChecked(true);
        QVERIFY(close->isEnabled());
        close->click();
        QVERIFY(!dialog.isVisible());
        QVERIFY(dialog.findChild<QLineEdit *>(u"secretEdit"_s)->text().isEmpty());
    }

    void altSTicksTheAcknowledgement()
    {
        // The secret field's label took Alt+S too, and Alt+S only moved the focus between them.
        Clipboard clipboard(QGuiApplication::clipboard());
        SecretDialog dialog(secret, keyId, u"ci runner"_s, &clipboard);
        dialog.show();
        dialog.activateWindow(); // mnemonics answer in the active window
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QTest::keyClick(&dialog, Qt::Key_S, Qt::AltModifier);
        QTRY_VERIFY(dialog.findChild<QCheckBox *>(u"storedCheck"_s)->isChecked()); // animated
    }

    void aPossibleDuplicateIsNamed()
    {
        Clipboard clipboard(QGuiApplication::clipboard());
        SecretDialog dialog(secret, keyId, u"ci runner"_s, &clipboard);
        QVERIFY(dialog.duplicateWarning().isEmpty());
        dialog.warnOfPossibleDuplicate();
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString warning = dialog.duplicateWarning();
        QVERIFY2(warning.contains(u"two keys named \"ci runner\""_s), qPrintable(warning));
        QVERIFY2(warning.contains(keyId), qPrintable(warning));
        QVERIFY(!warning.contains(secret));
        QVERIFY(dialog.findChild<QLabel *>(u"duplicateWarning"_s)->isVisible());
        SecretDialog unnamed(secret, keyId, {}, &clipboard);
        unnamed.warnOfPossibleDuplicate();
        QVERIFY2(unnamed.duplicateWarning().contains(u"named \"(no name)\""_s),
                 qPrintable(unnamed.duplicateWarning()));
    }
};

QTEST_MAIN(TestSecretDialog)
#include "tst_secretdialog.moc"
