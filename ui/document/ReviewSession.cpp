#include "ui/document/ReviewSession.h"
#include "qtsupport/FileNames.h"
#include "qtsupport/Translation.h"

#include "qtsupport/AtomicFile.h"
#include "ui/document/FieldDocument.h"

#include <QDateTime>
#include <QFileInfo>
#include <QUuid>

namespace proserv {

ReviewSession::ReviewSession(FieldDocument* document, QObject* parent) : QObject(parent), m_document(document) { }

QString ReviewSession::load(const QString& listingPath)
{
    clear();
    if (listingPath.isEmpty())
        return {};
    const std::string path = sidecarPathFor(fileNameBytes(listingPath));
    std::vector<LoadError> errors;
    const std::optional<ReviewSidecar> sidecar = loadSidecar(path, errors);
    if (!sidecar) {
        QStringList lines;
        for (const LoadError& e : errors)
            lines << translated(e);
        return lines.join(QLatin1Char('\n'));
    }
    m_sidecar = *sidecar;
    m_sidecar.reviewedFile = QFileInfo(listingPath).fileName().toStdString();
    m_sidecarPath = QString::fromStdString(path);
    emit commentsChanged();
    return {};
}

void ReviewSession::clear()
{
    m_sidecarPath.clear();
    m_sidecar = ReviewSidecar {};
    emit commentsChanged();
}

QString ReviewSession::addComment(
    const std::string& pointer, const std::string& ruleId, CommentKind kind, const QString& text)
{
    ReviewComment comment;
    comment.id = QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
    comment.pointer = pointer;
    comment.anchors
        = anchorsFor([this](const std::string& field) { return m_document->fieldValue(field); }, pointer);
    comment.ruleId = ruleId;
    comment.kind = kind;
    comment.text = text.toStdString();
    comment.author = qEnvironmentVariable("USER", QStringLiteral("reviewer")).toStdString();
    comment.created = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString();
    m_sidecar.comments.push_back(comment);
    return save();
}

QString ReviewSession::setResolved(const std::string& id, bool resolved)
{
    for (ReviewComment& c : m_sidecar.comments)
        if (c.id == id)
            c.resolved = resolved;
    return save();
}

QString ReviewSession::save()
{
    emit commentsChanged();
    if (m_sidecarPath.isEmpty())
        return tr("Save the listing first: comments are stored next to it.");
    // The sidecar's name is derived from the listing's: a symbolic link there
    // (planted next to a stranger's file) is refused, never written through.
    AtomicWriteOptions options;
    options.refuseSymlink = true;
    return writeFileAtomically(m_sidecarPath, serializeSidecar(m_sidecar), options);
}

} // namespace proserv
