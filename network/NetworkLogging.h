// The network layer's logging category. One debug line per request; never a secret.
#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcNetwork)
