// The emulator layer's logging category, discue.emulator, and the guard that keeps Qt
// HttpServer's own debug output (which prints every request header, X-API-KEY included)
// off whatever logging rules the user sets.
#pragma once

#include <QLoggingCategory>

namespace discue {
Q_DECLARE_LOGGING_CATEGORY(lcEmulator)

// Installs a category filter that keeps debug and info output of qt.httpserver* off and
// leaves every other category to the filter that was installed before. Call once in main()
// of every program that runs an EmulatorServer.
void silenceHttpServerRequestLogging();
} // namespace discue
