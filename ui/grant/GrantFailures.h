#pragma once

#include "core/AppError.h"

class QUrl;
class QWebEngineCertificateError;
class QWebEngineLoadingInfo;

// Turns what Qt WebEngine reports about the grant page into AppError values the UI can show.
namespace GrantFailures {

// A certificate problem: the page is never opened.
AppError certificateRejected(const QWebEngineCertificateError &error);

// None unless this main-frame load must end the attempt: no answer from PKB at all (refused,
// dropped, DNS, TLS) on any page, or a 5xx answer to the first page. Other HTTP error pages are
// PKB's own explanation and stay visible; navigations we refused are not failures.
AppError fromLoading(const QWebEngineLoadingInfo &info, bool isFirstPage);

// The page's renderer process died.
AppError rendererTerminated(int status, int exitCode);

// start() was given an authorize URL outside the environment's PKB origin.
AppError authorizeUrlNotAllowed(const QUrl &url);

// The redirect URI uses an app scheme that main() did not register (RedirectScheme).
AppError redirectSchemeNotRegistered(const QUrl &redirectUri);

} // namespace GrantFailures
