// The reviewer comments of the open document (a listing, an offer), kept in its sidecar
// (FILE.review.json). Every change is saved at once, atomically, so a comment
// is never lost and the listing file itself is never written.
#pragma once

#include "model/ReviewComments.h"

#include <QObject>
#include <QString>

namespace proserv {

class FieldDocument;

class ReviewSession : public QObject {
    Q_OBJECT

public:
    explicit ReviewSession(FieldDocument* document, QObject* parent = nullptr);

    // Loads the sidecar of `listingPath` (none = no comments). Returns an
    // error message for a broken sidecar, which is then left untouched.
    QString load(const QString& listingPath);
    void clear();

    bool hasFile() const { return !m_sidecarPath.isEmpty(); }
    QString sidecarPath() const { return m_sidecarPath; }
    const std::vector<ReviewComment>& comments() const { return m_sidecar.comments; }

    // Returns an empty string or why the sidecar could not be written.
    QString addComment(const std::string& pointer, const std::string& ruleId, CommentKind kind, const QString& text);
    QString setResolved(const std::string& id, bool resolved);

signals:
    void commentsChanged();

private:
    QString save();
    FieldDocument* m_document;
    QString m_sidecarPath;
    ReviewSidecar m_sidecar;
};

} // namespace proserv
