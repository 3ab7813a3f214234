// The open listing: its data, where it came from, its undo history and its
// current findings. Every edit goes through setField(), which pushes an undo
// command, so "modified", undo/redo and revalidation have one source.
#pragma once

#include "model/DocumentLoader.h"
#include "model/Listing.h"
#include "ui/document/FieldDocument.h"
#include "validation/Finding.h"
#include "validation/Validator.h"

#include <QObject>
#include <QString>
#include <QUndoStack>

#include <string>
#include <vector>

namespace proserv {

class ListingDocument : public FieldDocument {
    Q_OBJECT

public:
    explicit ListingDocument(QObject* parent = nullptr);

    const Listing& listing() const { return m_listing; }

    // The native file this document saves to; empty for a new or imported
    // listing (those are saved with "Save As").
    QString filePath() const { return m_filePath; }
    // The file it was loaded from (native or submitted), for the title.
    QString sourcePath() const { return m_sourcePath; }
    Json nativeDocument() const override;
    QString originPath() const override { return m_filePath.isEmpty() ? m_sourcePath : m_filePath; }
    DocumentKind sourceKind() const { return m_sourceKind; }
    QString displayName() const override;

    // Replaces the whole document (New/Open); clears the undo history.
    void reset(const Listing& listing, const QString& sourcePath, DocumentKind kind);
    // The same for a file that was read: keeps where its fields sit in it.
    void reset(const LoadedDocument& loaded, const QString& sourcePath);

    // A submitted file not yet saved as a draft: judged as a submission
    // (findings on draft-only fields become one note) — Validator.h.
    bool isJudgedAsSubmission() const { return m_sourceKind != DocumentKind::Native && m_filePath.isEmpty(); }
    // Where a field sits in the file it was read from (for a submitted file,
    // the key in its DetailsDocument); unknown for a new listing.
    TextPosition sourcePositionOf(const std::string& pointer) const override;
    // After a successful save to `path`.
    void markSaved(const QString& path);

    // A read-only document (review mode) refuses every edit.
    // Review mode also confines the logo file to the listing's folder: set it
    // before reset(), which checks the logo.

    std::optional<Json> fieldValue(const std::string& pointer) const override;
    const FieldDestination* rowOf(const std::string& pointer) const override { return destinationOf(pointer); }
    const TextFieldSpec* textLimitOf(const std::string& pointer) const override { return textFieldSpec(pointer); }
    // Applies a value without recording it (used by the undo commands) and revalidates.
    void applyField(const std::string& pointer, const Json& value) override;

protected:
    bool acceptsField(const std::string& pointer, const Json& value) const override;

private:
    void resetTo(
        const Listing& listing, const QString& sourcePath, DocumentKind kind, std::optional<LoadedDocument> locations);
    void revalidate(bool contextMayHaveChanged);

    Listing m_listing;
    ValidationContext m_context;
    QString m_filePath;
    QString m_sourcePath;
    DocumentKind m_sourceKind = DocumentKind::Native;
    std::optional<LoadedDocument> m_sourceLocations; // the file as read: source map and layout
};

} // namespace proserv
