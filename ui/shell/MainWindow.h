// The editor window: section list, the current document type's form, Problems
// dock, undo history, menus, and the file workflow (new, open, save, export,
// recent files, drag and drop, unsaved-changes prompts). The window only wires
// things together; the work is done by the documents and their forms
// (DocumentForm: the product listing's ListingForm, and any other type added
// with addEditor), ProblemsPanel and DocumentManager.
#pragma once

#include "ui/shell/SectionNavigator.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QSet>

class QAction;
class QDockWidget;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QToolButton;
class QUndoGroup;

namespace proserv {

class BuyerPreview;
class ChangedOnDiskBar;
class DocumentForm;
class DocumentManager;
class FieldDocument;
class GuidelinePanel;
class ListingDocument;
class ListingForm;
class OfferDocument;
class OfferFiles;
class OfferForm;
class OfferPreview;
class ProblemsDock;
class ProblemsPanel;
class RecentFiles;
class RecoveryStore;
class SubmissionView;
class ReviewSession;
class WelcomePage;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // The product listing's document and form (what File ▸ Open, Save and
    // Export work on).
    ListingDocument* document() const { return m_document; }
    ListingForm* form() const { return m_form; }
    // Another document type's editor: the window hosts it beside the
    // listing's and takes ownership. Its sections, findings and undo history
    // appear in the window's section list, Problems dock and Edit menu while
    // it is shown.
    void addEditor(DocumentForm* editor);
    // Shows a hosted editor (the listing's or an added one) in the centre.
    void showEditor(DocumentForm* editor);
    DocumentForm* currentEditor() const { return m_current; }
    FieldDocument* currentDocument() const;
    ProblemsPanel* problems() const { return m_problems; }
    SectionNavigator* sections() const { return m_sections; }
    RecentFiles* recentFiles() const { return m_recent; }
    // Started without a file: the ways to begin, until a listing is opened.
    bool isWelcomeShown() const;
    WelcomePage* welcomePage() const { return m_welcome; }

    // Opens a native listing, change set or DescribeEntity file; reports a
    // load error and keeps the current document when it cannot be read.
    bool openFile(const QString& path);
    // Opens a file read-only for review: a banner names it, nothing can be
    // edited or saved, comments go to its sidecar, Problems are grouped by
    // guideline section with the guideline text beside them.
    bool openForReview(const QString& path);
    // Opens a private offer (native, change set or DescribeEntity) in the
    // offer's editor; asks about the open offer's unsaved changes first.
    bool openOffer(const QString& path, bool review = false);
    OfferDocument* offerDocument() const { return m_offerDocument; }
    OfferForm* offerForm() const { return m_offerForm; }
    OfferFiles* offerFiles() const { return m_offerFiles; }
    bool isReviewMode() const { return m_reviewMode; }
    ReviewSession* review() const { return m_review; }
    GuidelinePanel* guideline() const { return m_guideline; }
    bool exportReviewReport();
    // At start-up: offers the unsaved work of editors that crashed. Returns
    // true when a snapshot was recovered into this window.
    bool offerRecovery();
    RecoveryStore* recovery() const { return m_recovery; }
    DocumentManager* files() const { return m_files; }
    ChangedOnDiskBar* diskBar() const { return m_diskBar; }
    bool compareWith(const QString& otherPath);
    void newFromTemplate(bool example);
    bool save();
    bool saveAs();
    bool exportSubmission();
    // Remembers `acceptedPath` (a DescribeEntity response, an earlier listing
    // or change set) as the accepted version, then exports the update.
    bool exportUpdateAgainst(const QString& acceptedPath);
    // "What will be submitted": the change set as a seller reads it and the
    // fields that stay in the draft; its Export button runs exportSubmission().
    SubmissionView* showSubmission();
    // How the form names a field ("Support email"; "Dimensions › Service billed").
    // Asks Save/Discard/Cancel when there are unsaved changes; false = stop.
    bool maybeSave();
    void jumpToField(const QString& pointer);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void createDocks();
    void assignMnemonics();
    void createWelcomePage();
    void showListing(); // leaves the welcome page for the listing's form
    void leaveWelcomePage(DocumentForm* editor);
    void assignMnemonics(DocumentForm* editor);
    void updateTitle();
    void updateStatus();
    void openWithPrompt();
    void readSettings();
    void writeSettings();
    // Review mode (read-only, comments) for the document of `form`, opened from `path`.
    void setReviewMode(bool review, const QString& path, DocumentForm* form);
    void addComment(const QString& pointer, const QString& ruleId);

    ListingDocument* m_document;
    ListingForm* m_form;
    OfferDocument* m_offerDocument;
    OfferForm* m_offerForm;
    OfferFiles* m_offerFiles;
    QList<QAction*> m_offerActions; // the offer's file commands, shown with its form
    DocumentForm* m_current = nullptr;
    QStackedWidget* m_editorStack;
    QUndoGroup* m_undoGroup;
    QSet<QChar> m_reservedMnemonics; // taken by menus and the window's own widgets
    SectionNavigator* m_sections;
    ProblemsPanel* m_problems;
    QStackedWidget* m_startStack = nullptr;
    WelcomePage* m_welcome = nullptr;
    ProblemsDock* m_problemsDock;
    // The panels that show a document (Problems, Guideline, Buyer Page
    // Preview, Undo History): the welcome page hides them, and each comes
    // back as the user left it once a document is shown.
    QList<QDockWidget*> documentPanels() const;
    void hideDocumentPanels();
    void restoreDocumentPanels();
    QHash<QDockWidget*, bool> m_panelWanted;
    QDockWidget* m_historyDock;
    RecentFiles* m_recent;
    QToolButton* m_statusCounter;
    ReviewSession* m_review;
    GuidelinePanel* m_guideline;
    QDockWidget* m_guidelineDock;
    QDockWidget* m_previewDock;
    QStackedWidget* m_previewStack = nullptr;
    BuyerPreview* m_listingPreview = nullptr;
    OfferPreview* m_offerPreview = nullptr;
    SubmissionView* m_submissionView = nullptr;
    SubmissionView* m_offerSubmissionView = nullptr;
    QLabel* m_banner;
    ChangedOnDiskBar* m_diskBar;
    QList<QAction*> m_editingActions; // disabled in review mode
    QList<QAction*> m_reviewActions; // enabled in review mode only: comments
    QList<QAction*> m_listingActions; // enabled while the listing's form is shown
    QList<QAction*> m_documentActions; // for whichever document is shown: report, compare, preview
    bool m_reviewMode = false;
    RecoveryStore* m_recovery;
    RecoveryStore* m_offerRecovery = nullptr;
    ReviewSession* m_offerReview = nullptr;
    DocumentManager* m_files; // open, save, export, reload, recovery, changed-on-disk watch
};

} // namespace proserv
