#include "StatusCatalogue.h"

using namespace Qt::Literals::StringLiterals;

namespace discue {

StatusClass StatusCatalogue::classOf(int status)
{
    if (status >= 200 && status < 300)
        return StatusClass::Success;
    if (status >= 400 && status < 500)
        return StatusClass::ClientError;
    if (status >= 500 && status < 600)
        return StatusClass::ServerError;
    return StatusClass::Other;
}

// The reason phrases of RFC 9110 for the codes discue documents, plus the common others.
QString StatusCatalogue::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return u"OK"_s;
    case 201:
        return u"Created"_s;
    case 202:
        return u"Accepted"_s;
    case 204:
        return u"No Content"_s;
    case 400:
        return u"Bad Request"_s;
    case 401:
        return u"Unauthorized"_s;
    case 402:
        return u"Payment Required"_s;
    case 403:
        return u"Forbidden"_s;
    case 404:
        return u"Not Found"_s;
    case 405:
        return u"Method Not Allowed"_s;
    case 406:
        return u"Not Acceptable"_s;
    case 408:
        return u"Request Timeout"_s;
    case 409:
        return u"Conflict"_s;
    case 410:
        return u"Gone"_s;
    case 413:
        return u"Content Too Large"_s;
    case 415:
        return u"Unsupported Media Type"_s;
    case 422:
        return u"Unprocessable Entity"_s;
    case 423:
        return u"Locked"_s;
    case 429:
        return u"Too Many Requests"_s;
    case 500:
        return u"Internal Server Error"_s;
    case 501:
        return u"Not Implemented"_s;
    case 502:
        return u"Bad Gateway"_s;
    case 503:
        return u"Service Unavailable"_s;
    case 504:
        return u"Gateway Timeout"_s;
    default:
        return {};
    }
}

StatusDescription StatusCatalogue::describe(const ApiExchange &exchange)
{
    StatusDescription description =
        describe(exchange.operation, exchange.httpStatus, exchange.failure);
    // A 2xx whose body could not be read is not a success for the user.
    if (exchange.gotResponse() && description.statusClass == StatusClass::Success &&
        !exchange.decodeError.isEmpty()) {
        description.meaning = tr("The server answered, but its response could not be read: %1")
                                  .arg(exchange.decodeError);
        description.advice = tr("Refresh the list to see the server's actual state; if this "
                                "persists, the server may not speak the discue API.");
        description.retryable = exchange.operation != Operation::Create;
    }
    // The generic 429 advice promises the console's own retries; once they are used up it
    // would promise what no longer happens.
    if (exchange.httpStatus == 429 && exchange.operation != Operation::Create &&
        exchange.attempts >= exchange.maxAttempts) {
        description.advice = tr("The server still refused after %n attempts. Wait until it "
                                "allows requests again - a minute, or as long as its "
                                "Retry-After asks - then try again.",
                                nullptr, exchange.attempts);
    }
    return description;
}

StatusDescription StatusCatalogue::describe(Operation operation, int httpStatus,
                                            TransportFailure failure)
{
    if (failure != TransportFailure::None || httpStatus == 0)
        return describeNoResponse(operation, failure);

    StatusDescription d;
    d.statusClass = classOf(httpStatus);
    const QString phrase = reasonPhrase(httpStatus);
    d.title = phrase.isEmpty() ? QString::number(httpStatus)
                               : QString::number(httpStatus) + u' ' + phrase;
    const bool isRead = operation == Operation::List || operation == Operation::Get;
    const bool isCreate = operation == Operation::Create;

    switch (httpStatus) {
    case 200:
        switch (operation) {
        case Operation::List:
            d.meaning = tr("The list of keys was loaded.");
            break;
        case Operation::Get:
            d.meaning = tr("The key was read.");
            break;
        case Operation::Create:
            d.meaning = tr("The key was created. Its secret is shown only this once.");
            break;
        case Operation::Update:
            d.meaning = tr("The key was updated.");
            break;
        case Operation::Delete:
            d.meaning = tr("The key was deleted. This cannot be undone.");
            break;
        }
        d.advice = isCreate ? tr("Copy the secret and store it safely before closing.")
                            : tr("Nothing to do.");
        return d;
    case 400:
        d.meaning = isRead ? tr("The server rejected the request as malformed - the key id may "
                                "not be a valid discue id.")
                           : tr("The server rejected the request body as malformed: a wrong "
                                "type, an unknown value or an invalid target id.");
        d.advice = tr("Check the fields shown in the details and correct them.");
        return d;
    case 401:
        d.meaning = tr("The console's own API key was refused - check the profile.");
        d.advice = tr("Open the connection profile and enter a valid, enabled API key.");
        return d;
    case 402:
        d.meaning = isCreate ? tr("The organization's plan does not allow another key.")
                             : tr("The organization's plan does not allow this request.");
        d.advice = tr("Check the organization's plan and billing in the discue console.");
        return d;
    case 403:
        d.meaning = isRead ? tr("Your key lacks the api_keys read scope, or discue is "
                                "temporarily locking out this account after failed attempts.")
                           : tr("Your key lacks the api_keys write scope, or discue is "
                                "temporarily locking out this account after failed attempts.");
        d.advice = tr("Use a key with the api_keys scope, or wait a while before trying again.");
        return d;
    case 404:
        switch (operation) {
        case Operation::List:
        case Operation::Create:
            d.meaning = tr("The server has no api_keys endpoint at this address - the base URL "
                           "is probably wrong.");
            d.advice = tr("Check the base URL of the profile (e.g. https://api.discue.io/v1).");
            break;
        case Operation::Get:
            d.meaning = tr("This key does not exist - it may have been deleted elsewhere.");
            d.advice = tr("Refresh the list.");
            break;
        case Operation::Update:
            d.meaning = tr("This key no longer exists - it may have been deleted elsewhere.");
            d.advice = tr("Refresh the list.");
            break;
        case Operation::Delete:
            d.meaning = tr("This key no longer exists - it was probably already deleted.");
            d.advice = tr("Refresh the list.");
            break;
        }
        return d;
    case 405:
        d.meaning = tr("The server does not allow this method on this address.");
        d.advice = tr("Check the base URL of the profile; this console may not match the "
                      "server's API version.");
        return d;
    case 406:
        d.meaning = tr("The server cannot answer in JSON, which the console asked for.");
        d.advice = tr("Check the base URL of the profile: it may not point at the discue API.");
        return d;
    case 409:
        d.meaning = isRead ? tr("The server reported a conflict while reading.")
                           : tr("The change conflicts with the key's current state on the "
                                "server - it may have been changed elsewhere.");
        d.advice = tr("Refresh the list and try again.");
        d.retryable = true;
        return d;
    case 415:
        d.meaning = tr("The server did not accept the body as JSON.");
        d.advice = tr("This is a defect of the console; please report it.");
        return d;
    case 422:
        d.meaning = isRead ? tr("The server could not process the request.")
                           : tr("The server refused the change: a protected scope, the same "
                                "resource twice, or a name already in use.");
        d.advice = tr("Correct the scopes or the name as the details say and send again.");
        return d;
    case 423:
        d.meaning = tr("The key or the organization is locked on the server.");
        d.advice = tr("Wait until the lock is lifted, then try again.");
        d.retryable = true;
        return d;
    case 429:
        d.meaning = tr("Too many requests: discue's rate limit was reached.");
        d.advice = isCreate ? tr("Wait a minute, then send again - creating is never repeated "
                                 "automatically.")
                            : tr("The console waits and retries automatically; you can cancel.");
        d.retryable = true;
        return d;
    case 500:
        d.meaning = isRead ? tr("The server failed while answering.")
                           : tr("The server failed; the change may or may not have been made.");
        d.advice = isRead ? tr("Try again later.")
                          : tr("Refresh the list to see whether the change was made before "
                               "trying again.");
        d.retryable = isRead;
        return d;
    case 501:
        d.meaning = tr("The server does not implement this operation.");
        d.advice = tr("Check the base URL of the profile and the server's API version.");
        return d;
    case 503:
        d.meaning = tr("The service is temporarily unavailable.");
        d.advice = isCreate ? tr("Refresh the list to see whether the key was created before "
                                 "trying again.")
                            : tr("Try again in a moment.");
        d.retryable = true;
        return d;
    default:
        break;
    }

    switch (d.statusClass) {
    case StatusClass::Success:
        d.meaning = tr("The server accepted the request (%1).").arg(operationName(operation));
        d.advice = tr("Refresh the list to see the result.");
        break;
    case StatusClass::ClientError:
        d.meaning = tr("The server refused the request to %1.").arg(operationName(operation));
        d.advice = tr("Check the details of the response; the request may need correcting.");
        break;
    case StatusClass::ServerError:
        d.meaning = tr("The server failed to %1.").arg(operationName(operation));
        d.advice = isRead ? tr("Try again later.")
                          : tr("Refresh the list to see whether the change was made.");
        d.retryable = isRead;
        break;
    case StatusClass::NoResponse:
    case StatusClass::Other:
        d.meaning =
            tr("The server gave an answer the console does not expect (%1).").arg(httpStatus);
        d.advice = tr("Check the base URL of the profile.");
        break;
    }
    return d;
}

StatusDescription StatusCatalogue::describeNoResponse(Operation operation, TransportFailure failure)
{
    StatusDescription d;
    d.statusClass = StatusClass::NoResponse;
    const bool isCreate = operation == Operation::Create;
    // For anything sent but not answered, a create may have happened anyway.
    const QString createAdvice =
        tr("Refresh the list to see whether the key was created before trying again.");

    switch (failure) {
    case TransportFailure::ConnectionRefused:
        d.title = tr("No response: connection refused");
        d.meaning = tr("Nothing is listening at the profile's address; the request was not sent.");
        d.advice = tr("Check the base URL and that the server is running.");
        d.retryable = true;
        break;
    case TransportFailure::HostNotFound:
        d.title = tr("No response: host not found");
        d.meaning = tr("The server's name could not be resolved; the request was not sent.");
        d.advice = tr("Check the base URL and your network connection.");
        d.retryable = true;
        break;
    case TransportFailure::TlsFailure:
        d.title = tr("No response: secure connection failed");
        d.meaning = tr("The server's certificate could not be verified, so the console did not "
                       "send the request.");
        d.advice = tr("Check the base URL and the system's certificates; the console never "
                      "ignores certificate errors.");
        break;
    case TransportFailure::Timeout:
        d.title = tr("No response: timed out");
        d.meaning = tr("The server did not answer in time.");
        d.advice = isCreate ? createAdvice : tr("Check your network connection and try again.");
        d.retryable = !isCreate;
        break;
    case TransportFailure::Cancelled:
        d.title = tr("Cancelled");
        d.meaning = isCreate ? tr("The request was cancelled; the key may have been created "
                                  "anyway.")
                             : tr("The request was cancelled before an answer arrived.");
        d.advice = isCreate ? createAdvice : tr("Run it again when you are ready.");
        d.retryable = !isCreate;
        break;
    case TransportFailure::ResponseTooLarge:
        d.title = tr("No response: answer too large");
        d.meaning = tr("The server's answer exceeded the size limit and was stopped.");
        d.advice = tr("Check the base URL: the address may not point at the discue API.");
        break;
    case TransportFailure::ConnectionDropped:
        d.title = tr("No response: connection dropped");
        d.meaning = tr("The connection closed before the answer was complete.");
        d.advice = isCreate ? createAdvice : tr("Check your network connection and try again.");
        d.retryable = !isCreate;
        break;
    case TransportFailure::RedirectRefused:
        d.title = tr("No response: redirect refused");
        d.meaning = tr("The server redirected to another host or scheme; the console does not "
                       "send the API key there.");
        d.advice = tr("Set the profile's base URL to the final address.");
        break;
    case TransportFailure::InsecureUrl:
        d.title = tr("Not sent: insecure address");
        d.meaning = tr("Plain http:// is only allowed to this computer (loopback); the API key "
                       "would travel unencrypted.");
        d.advice = tr("Use an https:// base URL in the profile.");
        break;
    case TransportFailure::None:
    case TransportFailure::Other:
        d.title = tr("No response");
        d.meaning = tr("The request failed before an answer arrived.");
        d.advice = isCreate ? createAdvice : tr("Check your network connection and try again.");
        d.retryable = !isCreate;
        break;
    }
    return d;
}

} // namespace discue
