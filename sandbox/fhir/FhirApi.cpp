#include "sandbox/fhir/FhirApi.h"

#include "sandbox/auth/AuthorizationServerMetadata.h"
#include "sandbox/data/ResourceStore.h"
#include "sandbox/fhir/BundleBuilder.h"
#include "sandbox/fhir/CapabilityStatementBuilder.h"
#include "sandbox/fhir/ContentNegotiation.h"
#include "sandbox/fhir/FhirRequest.h"
#include "sandbox/fhir/OperationOutcomeResponse.h"
#include "sandbox/fhir/ScopeEnforcer.h"
#include "sandbox/fhir/SearchEngine.h"
#include "sandbox/fhir/SearchParameters.h"
#include "sandbox/fhir/SearchQuery.h"

#include <algorithm>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QUrlQuery>

namespace ccri::sandbox {

using Status = QHttpServerResponse::StatusCode;

class FhirApi::Private
{
public:
    Private(const ResourceStore& store, const ccri::ScopePolicy& policy, const AccessTokenValidator& validator,
            const SandboxUrls& urls)
        : m_store(store)
        , m_urls(urls)
        , m_parameters(urls.release())
        , m_engine(store)
        , m_bundles(urls)
        , m_enforcer(policy, validator)
    {
    }

    QHttpServerResponse handle(const FhirRequest& request, Caller* caller) const;

    Observer m_observer;
    QString pathPrefix() const { return m_urls.fhirPath(); }

private:
    QHttpServerResponse read(const QString& type, const QString& id, const ScopeEnforcer::Decision& access,
                             const FhirRequest& request, const ContentNegotiation& negotiation) const;
    QHttpServerResponse search(const QString& type, const ScopeEnforcer::Decision& access, const AccessContext& context,
                               const FhirRequest& request, const ContentNegotiation& negotiation) const;
    QList<const nlohmann::json*> revIncludes(const SearchQuery& query, const QList<const nlohmann::json*>& page,
                                             const AccessContext& context) const;
    static QHttpServerResponse unauthorised(const QString& diagnostics, bool tokenPresented);
    // 403 with the OperationOutcome and, RFC 6750 §3.1, WWW-Authenticate: Bearer error="insufficient_scope".
    static QHttpServerResponse forbidden(const QString& diagnostics, const QString& explanation);
    static QByteArray challenge(const char* error, const QString& description);

    const ResourceStore& m_store;
    SandboxUrls m_urls;
    SearchParameters m_parameters;
    SearchEngine m_engine;
    BundleBuilder m_bundles;
    ScopeEnforcer m_enforcer;
};

QByteArray FhirApi::Private::challenge(const char* error, const QString& description)
{
    QByteArray value = QByteArrayLiteral("Bearer realm=\"ccri-sandbox\"");
    if (error) {
        // RFC 6750 §3: error_description is %x20-21 / %x23-5B / %x5D-7E: no quote, backslash or control.
        QByteArray text;
        for (const char c : description.toUtf8()) {
            const auto byte = static_cast<unsigned char>(c);
            text += (byte < 0x20 || byte > 0x7e || c == '"' || c == '\\') ? (c == '"' ? '\'' : ' ') : c;
        }
        value += QByteArrayLiteral(", error=\"") + error + QByteArrayLiteral("\", error_description=\"")
            + text.simplified() + '"';
    }
    return value;
}

QHttpServerResponse FhirApi::Private::unauthorised(const QString& diagnostics, bool tokenPresented)
{
    QHttpServerResponse response
        = OperationOutcomeResponse::error(Status::Unauthorized, QStringLiteral("login"), diagnostics);
    response.setHeader(QByteArrayLiteral("WWW-Authenticate"),
                       challenge(tokenPresented ? "invalid_token" : nullptr, diagnostics));
    return response;
}

QHttpServerResponse FhirApi::Private::forbidden(const QString& diagnostics, const QString& explanation)
{
    QHttpServerResponse response
        = OperationOutcomeResponse::error(Status::Forbidden, QStringLiteral("forbidden"), diagnostics, explanation);
    response.setHeader(QByteArrayLiteral("WWW-Authenticate"), challenge("insufficient_scope", explanation));
    return response;
}

QHttpServerResponse FhirApi::Private::handle(const FhirRequest& request, Caller* caller) const
{
    const QString prefix = pathPrefix() + QLatin1Char('/');
    const QString path = request.url().path();
    const QStringList segments
        = path.startsWith(prefix) ? path.mid(prefix.size()).split(QLatin1Char('/'), Qt::SkipEmptyParts) : QStringList();
    if (request.method() != QHttpServerRequest::Method::Get) {
        QHttpServerResponse response = OperationOutcomeResponse::error(
            Status::MethodNotAllowed, QStringLiteral("not-supported"),
            QStringLiteral("This sandbox is read-only: only GET is allowed on %1.").arg(path));
        response.setHeader(QByteArrayLiteral("Allow"), QByteArrayLiteral("GET"));
        return response;
    }
    const ContentNegotiation negotiation(request);
    if (const auto refusal = negotiation.refusal())
        return OperationOutcomeResponse::error(Status::NotAcceptable, QStringLiteral("not-supported"), *refusal);

    if (segments == QStringList {QStringLiteral("metadata")})
        return OperationOutcomeResponse::resource(CapabilityStatementBuilder(m_parameters, m_urls).build(),
                                                  negotiation.pretty());
    if (segments == QStringList {QStringLiteral(".well-known"), QStringLiteral("smart-configuration")}) {
        QHttpServerResponse response(
            QByteArrayLiteral("application/json"),
            QByteArray::fromStdString(
                AuthorizationServerMetadata::smartConfiguration(m_urls, m_parameters.resourceTypes()).dump(2)));
        return response;
    }
    if (segments.isEmpty() || segments.size() > 2 || !m_parameters.supports(segments.first())) {
        const QString what = segments.isEmpty() ? path : segments.first();
        return OperationOutcomeResponse::error(
            Status::NotFound, QStringLiteral("not-found"),
            segments.size() > 2
                ? QStringLiteral("This sandbox supports read and search only; %1 is not available.").arg(path)
                : QStringLiteral("Unknown resource type \"%1\". This server serves: %2.")
                      .arg(what, m_parameters.resourceTypes().join(QStringLiteral(", "))));
    }
    const QString type = segments.first();

    const QByteArray authorization = request.header(QByteArrayLiteral("authorization"));
    QString error;
    const auto context = m_enforcer.authenticate(authorization, &error);
    if (!context)
        return unauthorised(error, !authorization.trimmed().isEmpty());
    // SMART App Launch 2.2 §"Obtaining authorization": aud is the FHIR base the token is for; a token
    // for the sandbox's other base is, RFC 6750 §3.1, an invalid_token here.
    const bool forThisBase
        = std::any_of(context->audiences.cbegin(), context->audiences.cend(),
                      [this](const QString& aud) { return m_urls.releaseOf(aud) == m_urls.release(); });
    if (!forThisBase)
        return unauthorised(QStringLiteral("This access token was issued for %1 (its aud), not for this FHIR "
                                           "base %2: sign in again with aud=%2.")
                                .arg(context->audience, m_urls.fhirBase().toString()),
                            true);
    if (caller) {
        caller->clientId = context->clientId;
        caller->subject = context->subject;
    }
    const ScopeEnforcer::Decision access = m_enforcer.authorize(type, *context);
    if (!access.allowed)
        return forbidden(access.diagnostics, access.explanation);
    if (segments.size() == 2)
        return read(type, segments.at(1), access, request, negotiation);
    return search(type, access, *context, request, negotiation);
}

QHttpServerResponse FhirApi::Private::read(const QString& type, const QString& id,
                                           const ScopeEnforcer::Decision& access, const FhirRequest& request,
                                           const ContentNegotiation& negotiation) const
{
    for (const auto& [key, value] : request.query().queryItems()) {
        if (!SearchQuery::isFormatParameter(key))
            return OperationOutcomeResponse::error(
                Status::BadRequest, QStringLiteral("invalid"),
                QStringLiteral("Unknown parameter \"%1\" on a read of %2/%3.").arg(key, type, id));
    }
    const nlohmann::json* resource = m_store.find(type, id);
    if (!resource)
        return OperationOutcomeResponse::error(Status::NotFound, QStringLiteral("not-found"),
                                               QStringLiteral("Resource %1/%2 is not known.").arg(type, id));
    if (access.compartmentOnly && ResourceStore::patientOf(*resource) != access.compartmentPatient) {
        return forbidden(
            ScopeEnforcer::insufficientRights(type),
            QStringLiteral("The token's patient/ scopes reach only Patient/%1's records; %2/%3 is outside them.")
                .arg(access.compartmentPatient, type, id));
    }
    if (!access.filter.allows(*resource)) {
        const QString reference = type + QLatin1Char('/') + id;
        return forbidden(ScopeEnforcer::outsideGrantedPart(reference, *resource, access.filter),
                         QStringLiteral("Only a part of %1 is granted: %2 is outside it.").arg(type, reference));
    }
    if (type == QLatin1String("Binary")) {
        const QString contentType = QString::fromStdString(resource->value("contentType", ""));
        if (negotiation.wantsRaw(contentType)) {
            return QHttpServerResponse(contentType.toUtf8(),
                                       QByteArray::fromBase64(QByteArray::fromStdString(resource->value(
                                           resource->contains("data") ? "data" : "content", "")))); // R4 : STU3
        }
    }
    if (negotiation.pretty())
        return OperationOutcomeResponse::resource(*resource, true);
    return QHttpServerResponse(OperationOutcomeResponse::contentType(), m_bundles.compactText(*resource));
}

QHttpServerResponse FhirApi::Private::search(const QString& type, const ScopeEnforcer::Decision& access,
                                             const AccessContext& context, const FhirRequest& request,
                                             const ContentNegotiation& negotiation) const
{
    QList<QPair<QString, QString>> items;
    for (const auto& [key, value] : request.query().queryItems(QUrl::FullyDecoded))
        items.append({key, value});
    QString error;
    const auto query = SearchQuery::parse(type, items, m_parameters, &error);
    if (!query)
        return OperationOutcomeResponse::error(Status::BadRequest, QStringLiteral("invalid"), error);
    // Granted in part: asking for a category outside the granted ones by name is refused in words
    // (the explorer's "Try anyway"); otherwise only the granted categories exist for this token
    // (entries, pages and total).
    for (const SearchQuery::Criterion& criterion : query->criteria()) {
        if (criterion.definition.name != QLatin1String("category"))
            continue;
        const QString hidden = access.filter.hiddenCategory(criterion.values);
        if (!hidden.isEmpty())
            return forbidden(
                QStringLiteral("Insufficient Access Rights to search %1 in category %2: the token's "
                               "scopes grant only %3.")
                    .arg(type, hidden, access.filter.grantedText()),
                QStringLiteral("Only a part of %1 is granted: category %2 is outside it.").arg(type, hidden));
    }
    // Granted in part: only the granted categories exist for this token (entries, pages and total).
    const QList<const nlohmann::json*> matches = access.filter.apply(
        m_engine.search(type, *query, access.compartmentOnly ? access.compartmentPatient : QString()));
    const QList<const nlohmann::json*> included = revIncludes(*query, matches, context);
    if (negotiation.pretty())
        return OperationOutcomeResponse::resource(m_bundles.searchset(type, *query, matches, included), true);
    // The compact Bundle, written once into bytes (no copy of the resources into a JSON tree).
    return QHttpServerResponse(OperationOutcomeResponse::contentType(),
                               m_bundles.searchsetBytes(type, *query, matches, included));
}

// The resources that refer to the patients on this page, for _revinclude — only of types the token
// may read, and only within its compartment (the CCRI checked the scope of the searched type alone).
QList<const nlohmann::json*> FhirApi::Private::revIncludes(const SearchQuery& query,
                                                           const QList<const nlohmann::json*>& page,
                                                           const AccessContext& context) const
{
    QList<const nlohmann::json*> included;
    if (query.revIncludes().isEmpty() || query.summaryCount())
        return included;
    const QList<const nlohmann::json*> patients = page.mid(query.offset(), query.count());
    for (const auto& [sourceType, parameter] : query.revIncludes()) {
        const ScopeEnforcer::Decision access = m_enforcer.authorize(sourceType, context);
        const SearchParameters::Definition* definition = m_parameters.find(sourceType, parameter);
        if (!access.allowed || !definition)
            continue;
        for (const nlohmann::json* patient : patients) {
            const QString id = QString::fromStdString(patient->value("id", ""));
            if (access.compartmentOnly && id != access.compartmentPatient)
                continue;
            const SearchQuery::Criterion refersToPatient {*definition, {}, {QStringLiteral("Patient/") + id}};
            for (const nlohmann::json* resource : m_store.forPatient(sourceType, id)) {
                if (SearchEngine::matches(*resource, refersToPatient) && access.filter.allows(*resource))
                    included.append(resource);
            }
        }
    }
    return included;
}

FhirApi::FhirApi(const ResourceStore& store, const ccri::ScopePolicy& policy, const AccessTokenValidator& validator,
                 const SandboxUrls& urls, FhirRelease release)
    : d(std::make_unique<Private>(store, policy, validator, urls.forRelease(release)))
{
}

FhirApi::~FhirApi() = default;

void FhirApi::setObserver(Observer observer)
{
    d->m_observer = std::move(observer);
}

QHttpServerResponse FhirApi::handle(const QHttpServerRequest& request, Caller* caller) const
{
    return d->handle(FhirRequest::from(request), caller);
}

QHttpServerResponse FhirApi::handle(const FhirRequest& request, Caller* caller) const
{
    return d->handle(request, caller);
}

void FhirApi::registerRoutes(QHttpServer& server)
{
    const auto respond = [this](const QHttpServerRequest& request) {
        Caller caller;
        QHttpServerResponse response = d->handle(FhirRequest::from(request), &caller);
        if (d->m_observer)
            d->m_observer(request, caller, int(response.statusCode()));
        return response;
    };
    const QString prefix = d->pathPrefix();
    const auto methods = QHttpServerRequest::Method::AnyKnown;
    server.route(prefix + QStringLiteral("/<arg>"), methods,
                 [respond](const QString&, const QHttpServerRequest& request) { return respond(request); });
    server.route(
        prefix + QStringLiteral("/<arg>/<arg>"), methods,
        [respond](const QString&, const QString&, const QHttpServerRequest& request) { return respond(request); });
    server.route(prefix + QStringLiteral("/<arg>/<arg>/<arg>"), methods,
                 [respond](const QString&, const QString&, const QString&, const QHttpServerRequest& request) {
                     return respond(request);
                 });
    server.route(prefix + QStringLiteral("/<arg>/<arg>/<arg>/<arg>"), methods,
                 [respond](const QString&, const QString&, const QString&, const QString&,
                           const QHttpServerRequest& request) { return respond(request); });
}

} // namespace ccri::sandbox
