// The response dialog on its own: a journal exchange with no response says so without a
// made-up code, credentials never reach the screen or the curl line even if a header slipped
// through unredacted, the strip's colour follows the class and stays readable, the body can
// be shown pretty or raw, and "don't show for successful requests" hides successes only.
#include "EditorFixture.h"
#include "ResponseDialog.h"

#include <QCheckBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QLayout>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextLayout>

using namespace Qt::Literals::StringLiterals;
using namespace discue;

namespace {

ApiExchange exchangeWith(int status, QByteArray body = {})
{
    ApiExchange exchange;
    exchange.operation = Operation::Update;
    exchange.method = "PUT";
    exchange.url = QUrl(u"http://127.0.0.1:8787/v1/api_keys/MbCS6UB_m7NdvyDOE8stT"_s);
    exchange.requestHeaders = {{"Accept", "application/json"},
                               {"X-API-KEY", redactedMarker.toByteArray()},
                               {"Content-Type", "application/json"}};
    exchange.requestBody = R"({"name":"renamed"})";
    exchange.httpStatus = status;
    exchange.reasonPhrase = status == 200 ? "OK" : status == 422 ? "Unprocessable Entity" : "";
    exchange.responseHeaders = {{"Content-Type", "application/json"}};
    exchange.responseBody = std::move(body);
    exchange.durationMs = 42;
    exchange.attempts = 1;
    exchange.maxAttempts = 4;
    return exchange;
}

// WCAG relative luminance contrast of the strip's text on its background.
double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) +
               0.0722 * channel(c.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor stripBackground(const ResponseDialog &dialog)
{
    return dialog.findChild<QLabel *>(u"statusStrip"_s)->palette().color(QPalette::Window);
}

} // namespace

class TestResponseDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void noResponseSaysSoWithoutACode()
    {
        ApiExchange exchange = exchangeWith(0);
        exchange.failure = TransportFailure::ConnectionRefused;
        exchange.failureDetail = u"Connection refused"_s;
        exchange.reasonPhrase.clear();
        exchange.responseHeaders.clear();
        ResponseDialog dialog(exchange, nullptr);
        QCOMPARE(dialog.statusText(), u"Not sent / no response"_s);
        QVERIFY(dialog.meaningText().contains(u"connection refused"));
        QVERIFY(!dialog.meaningText().contains(u" 0 "));
        QVERIFY(!dialog.findChild<QLabel *>(u"metricsLabel"_s)->text().contains(u" B"));
        QCOMPARE(dialog.findChild<QPlainTextEdit *>(u"responseHeadersText"_s)->toPlainText(),
                 u"No response."_s);
    }

    void figuresStayWithTheirUnitsWhenTheMetricsWrap()
    {
        ResponseDialog dialog(exchangeWith(404, R"({"title":"Not Found","status":404})"), nullptr);
        const auto *metrics = dialog.findChild<QLabel *>(u"metricsLabel"_s);
        for (int width = 120; width <= 480; width += 4) {
            QTextLayout layout(metrics->text(), metrics->font());
            QTextOption option;
            option.setWrapMode(QTextOption::WordWrap);
            layout.setTextOption(option);
            layout.beginLayout();
            QStringList lines;
            for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
                line.setLineWidth(width);
                lines.append(metrics->text().mid(line.textStart(), line.textLength()).trimmed());
            }
            layout.endLayout();
            const QString context = u"%1 px: %2"_s.arg(width).arg(lines.join(u" | "_s));
            for (qsizetype i = 0; i < lines.size(); ++i) {
                const QString &line = lines.at(i);
                if (i + 1 < lines.size()) // a figure, its unit on the next line
                    QVERIFY2(!line.at(line.size() - 1).isDigit(), qPrintable(context));
                QVERIFY2(!line.startsWith(u"ms"_s) && !line.startsWith(u"B"_s) &&
                             !line.startsWith(u"of"_s) && !line.startsWith(u"\u00b7"_s),
                         qPrintable(context));
            }
        }
    }

    void stripColourFollowsTheClassAndStaysReadable()
    {
        ApiExchange refused = exchangeWith(0);
        refused.failure = TransportFailure::Timeout;
        ResponseDialog ok(exchangeWith(200), nullptr);
        ResponseDialog clientError(exchangeWith(422), nullptr);
        ResponseDialog serverError(exchangeWith(503), nullptr);
        ResponseDialog none(refused, nullptr);
        QCOMPARE(clientError.statusText(), u"422 Unprocessable Entity"_s);
        QCOMPARE(serverError.statusText(), u"503 Service Unavailable"_s);
        const QList<QColor> colours{stripBackground(ok), stripBackground(clientError),
                                    stripBackground(serverError), stripBackground(none)};
        QCOMPARE(
            QSet<QRgb>({colours[0].rgb(), colours[1].rgb(), colours[2].rgb(), colours[3].rgb()})
                .size(),
            4);
        QVERIFY(colours[0].green() > colours[0].red()); // green
        QVERIFY(colours[2].red() > colours[2].green()); // red
        QVERIFY(colours[1].red() > colours[1].blue());  // amber
        for (ResponseDialog *dialog : {&ok, &clientError, &serverError, &none}) {
            const QPalette palette = dialog->findChild<QLabel *>(u"statusStrip"_s)->palette();
            QVERIFY(contrast(palette.color(QPalette::WindowText),
                             palette.color(QPalette::Window)) >= 4.5);
        }
    }

    void credentialsNeverReachTheScreen()
    {
        // As if the network layer had forgotten to redact: the dialog still does.
        ApiExchange exchange = exchangeWith(401, R"({"title":"Unauthorized","status":401})");
        exchange.requestHeaders[1].second = "live-admin-secret-123";
        exchange.requestHeaders.append(
            qMakePair("Authorization"_ba, "Bearer live-admin-secret-123"_ba));
        ResponseDialog dialog(exchange, nullptr);
        dialog.setDetailsExpanded(true);
        QVERIFY(dialog.detailsExpanded());
        const QString request = dialog.findChild<QPlainTextEdit *>(u"requestText"_s)->toPlainText();
        QVERIFY(
            request.startsWith(u"PUT http://127.0.0.1:8787/v1/api_keys/MbCS6UB_m7NdvyDOE8stT"_s));
        QVERIFY(request.contains(u"X-API-KEY: <redacted>"));
        QVERIFY(request.contains(u"{\"name\":\"renamed\"}"));
        QVERIFY(!request.contains(u"live-admin-secret"));
        dialog.findChild<QPushButton *>(u"copyCurlButton"_s)->click();
        const QString curl = QGuiApplication::clipboard()->text();
        QVERIFY(curl.startsWith(u"curl "));
        QVERIFY(!curl.contains(u"live-admin-secret"));
    }

    void bodyPrettyOrRaw()
    {
        const QByteArray raw = R"({"title":"Unprocessable Entity","status":422,"x":[]})";
        ResponseDialog dialog(exchangeWith(422, raw), nullptr);
        QCOMPARE(
            dialog.shownResponseBody(),
            u"{\n  \"title\": \"Unprocessable Entity\",\n  \"status\": 422,\n  \"x\": []\n}"_s);
        dialog.findChild<QCheckBox *>(u"prettyCheck"_s)->setChecked(false);
        QCOMPARE(dialog.shownResponseBody().toUtf8(), raw);
    }

    void successesCanBeHiddenErrorsCannot()
    {
        EditorFixture fixture;
        QVERIFY(fixture.started);
        // The user ticks the box on a success...
        {
            ResponseDialog dialog(exchangeWith(200), fixture.settings.get());
            auto *hide = dialog.findChild<QCheckBox *>(u"hideSuccessCheck"_s);
            QVERIFY(!hide->isHidden());
            hide->setChecked(true);
        }
        QVERIFY(ResponseDialog::hidesSuccessfulResponses(fixture.settings.get()));
        // ...and the next success closes itself as it arrives,
        auto *success = new ResponseDialog(fixture.client.listKeys(), fixture.settings.get());
        QSignalSpy accepted(success, &QDialog::accepted);
        success->open();
        QVERIFY(accepted.wait());
        QCOMPARE(success->exchange().httpStatus, 200);
        QVERIFY(!success->isVisible());
        delete success;
        // ...while an error stays, without the box.
        ResponseDialog failure(fixture.client.getKey(u"MbCS6UB_m7NdvyDOE8stT"_s),
                               fixture.settings.get());
        QCOMPARE(failure.state(), ResponseDialog::State::Sending);
        QCOMPARE(failure.statusText(), u"Sending..."_s);
        failure.open();
        QTRY_COMPARE(failure.state(), ResponseDialog::State::Finished);
        QCOMPARE(failure.statusText(), u"404 Not Found"_s);
        QVERIFY(failure.meaningText().contains(u"does not exist"));
        QVERIFY(failure.isVisible());
        QVERIFY(failure.findChild<QCheckBox *>(u"hideSuccessCheck"_s)->isHidden());
    }

    void aRequestQtSentTwiceSaysSo()
    {
        ApiExchange exchange = exchangeWith(200);
        const auto metrics = [](const ResponseDialog &dialog) {
            return dialog.findChild<QLabel *>(u"metricsLabel"_s);
        };
        ResponseDialog once(exchange, nullptr);
        QVERIFY(!metrics(once)->text().contains(u"sent twice"_s));
        exchange.bodySends = 2;
        ResponseDialog twice(exchange, nullptr);
        QVERIFY2(metrics(twice)->text().contains(u"sent\u00a0twice"_s),
                 qPrintable(metrics(twice)->text()));
    }

    void theAnswerIsShownWholeWhenItArrives()
    {
        // Opened while sending, the dialog was as tall as "Sending..." needed; a 422's longer
        // explanation then ran into the advice below it.
        EmulatorOptions options;
        options.faults = {FaultRule{422, 1.0}};
        EditorFixture fixture(options);
        QVERIFY(fixture.started);
        ResponseDialog dialog(fixture.client.getKey(u"MbCS6UB_m7NdvyDOE8stT"_s), nullptr);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const int sendingHeight = dialog.height();
        QTRY_COMPARE(dialog.state(), ResponseDialog::State::Finished);
        QCoreApplication::processEvents();
        QVERIFY(dialog.statusText().startsWith(u"422"_s));
        QVERIFY2(dialog.height() >= dialog.layout()->totalHeightForWidth(dialog.width()),
                 qPrintable(u"%1 px tall, %2 needed (%3 while sending)"_s.arg(dialog.height())
                                .arg(dialog.layout()->totalHeightForWidth(dialog.width()))
                                .arg(sendingHeight)));
        for (const QLabel *label : dialog.findChildren<QLabel *>()) {
            if (label->isVisible() && label->wordWrap())
                QVERIFY2(label->height() >= label->heightForWidth(label->width()),
                         qPrintable(label->objectName() + u": "_s + label->text()));
        }
    }
};

QTEST_MAIN(TestResponseDialog)
#include "tst_responsedialog.moc"
