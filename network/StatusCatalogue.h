// StatusCatalogue: what an answer means for the operation that got it, and what to do.
// Every documented status, the rest by class, and every no-response case.
#pragma once

#include "ApiExchange.h"

#include <QCoreApplication>

namespace discue {

enum class StatusClass
{
    Success,
    ClientError,
    ServerError,
    NoResponse,
    Other
};

struct StatusDescription
{
    StatusClass statusClass = StatusClass::Other;
    QString title;   // "422 Unprocessable Entity", "No response: connection refused"
    QString meaning; // one sentence, for this operation
    QString advice;  // one sentence: what the user can do
    bool retryable = false;
};

class StatusCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(StatusCatalogue)

public:
    static StatusDescription describe(Operation operation, int httpStatus,
                                      TransportFailure failure = TransportFailure::None);
    static StatusDescription describe(const ApiExchange &exchange);
    // The class of an HTTP status: 2xx, 4xx, 5xx, or Other (also 0, no answer).
    static StatusClass classOf(int httpStatus);
    // The standard reason phrase ("Unprocessable Entity"), empty for unknown codes.
    static QString reasonPhrase(int httpStatus);

private:
    static StatusDescription describeNoResponse(Operation operation, TransportFailure failure);
};

} // namespace discue
