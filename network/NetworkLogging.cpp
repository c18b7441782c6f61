#include "NetworkLogging.h"

Q_LOGGING_CATEGORY(lcNetwork, "discue.network", QtInfoMsg)
