#include "EmulatorLogging.h"

namespace discue {
Q_LOGGING_CATEGORY(lcEmulator, "discue.emulator")

namespace {

QLoggingCategory::CategoryFilter previousFilter = nullptr;

void keepHttpServerQuiet(QLoggingCategory *category)
{
    if (previousFilter)
        previousFilter(category);
    if (qstrncmp(category->categoryName(), "qt.httpserver", 13) == 0) {
        category->setEnabled(QtDebugMsg, false);
        category->setEnabled(QtInfoMsg, false);
    }
}

} // namespace

void silenceHttpServerRequestLogging()
{
    if (previousFilter == nullptr)
        previousFilter = QLoggingCategory::installFilter(keepHttpServerQuiet);
}

} // namespace discue
