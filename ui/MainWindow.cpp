#include "ui/MainWindow.h"
#include "qtsupport/Translation.h"

#include "qtsupport/AtomicFile.h"
#include "model/AcceptedVersion.h"
#include "model/ChangeSetExport.h"
#include "model/JsonFields.h"
#include "ui/BuyerPreview.h"
#include "ui/SubmissionView.h"
#include "model/NativeFormat.h"
#include "ui/FieldBindings.h"
#include "ui/CompareDialog.h"
#include "ui/FieldBlock.h"
#include "ui/GuidelinePanel.h"
#include "qtsupport/ReviewReport.h"
#include "ui/ReviewSession.h"
#include "ui/ListEditors.h"
#include "ui/ListingDocument.h"
#include "ui/ListingForm.h"
#include "ui/ProblemsPanel.h"
#include "ui/RecentFiles.h"
#include "ui/RecoveryStore.h"
#include "ui/SafeSave.h"
#include "ui/UndoShortcutFilter.h"
#include "ui/UserPrompts.h"

#include <QAction>
#include <algorithm>
#include <QApplication>
#include <QCloseEvent>
#include <QCryptographicHash>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QToolButton>
#include <QTreeView>
#include <QUndoView>

// The bundled examples and guideline text live in resources.qrc, compiled into
// this static library; a static library must register its resources itself
// (outside any namespace, as Q_INIT_RESOURCE requires).
static void registerBundledResources() { Q_INIT_RESOURCE(resources); }

namespace proserv {

namespace {

Listing exampleListing()
{
    QFile file(QStringLiteral(":/examples/migration-readiness-assessment.proserv.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.readAll();
    const LoadOutcome outcome = loadDocumentText(std::string(bytes.constData(), static_cast<std::size_t>(bytes.size())),
                                                 "example");
    return outcome.ok() ? outcome.document->listing : Listing{};
}

} // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    registerBundledResources();
    setWindowIcon(QIcon(QStringLiteral(":/icons/proserv-editor.svg")));
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    m_document = new ListingDocument(this);
    m_form = new ListingForm(m_document, this);
    m_form->setObjectName(QStringLiteral("listingForm"));

    m_sections = new QListWidget(this);
    m_sections->setObjectName(QStringLiteral("sectionList"));
    m_sections->setAccessibleName(tr("Sections"));
    m_sections->setIconSize(QSize(16, 16));
    m_sections->setSpacing(3);
    m_sections->setStyleSheet(QStringLiteral("QListWidget { padding: 6px; } QListWidget::item { padding: 4px 6px; }"));
    for (int i = 0; i < m_form->sectionCount(); ++i)
        m_sections->addItem(m_form->sectionTitle(i));
    m_sections->setMinimumWidth(220);
    connect(m_sections, &QListWidget::currentRowChanged, m_form, &QStackedWidget::setCurrentIndex);
    connect(m_form, &QStackedWidget::currentChanged, m_sections, [this](int row) { m_sections->setCurrentRow(row); });
    m_sections->setCurrentRow(0);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_sections);
    splitter->addWidget(m_form);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({230, 900});
    splitter->setChildrenCollapsible(false);
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("reviewBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; border-bottom: 1px solid #e0c46c; padding: 8px 12px; }"));
    m_banner->hide();
    auto* central = new QWidget(this);
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_banner);
    centralLayout->addWidget(splitter, 1);
    setCentralWidget(central);
    m_review = new ReviewSession(m_document, this);
    m_recovery = new RecoveryStore(m_document, this);
    m_form->setReviewSession(m_review);
    connect(m_form, &ListingForm::commentRequested, this, [this](const QString& pointer) { addComment(pointer, QString()); });

    createDocks();
    createActions();

    m_statusCounter = new QToolButton(this);
    m_statusCounter->setObjectName(QStringLiteral("statusCounter"));
    m_statusCounter->setAutoRaise(true);
    m_statusCounter->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(m_statusCounter, &QToolButton::clicked, this, [this] {
        m_problemsDock->show();
        m_problems->view()->setFocus(Qt::OtherFocusReason);
    });
    statusBar()->addPermanentWidget(m_statusCounter);

    // Ctrl+Z in any field means "undo the last edit of the document".
    auto* undoFilter = new UndoShortcutFilter(this);
    for (QWidget* input : m_form->findChildren<QWidget*>())
        if (qobject_cast<QLineEdit*>(input) || qobject_cast<QPlainTextEdit*>(input))
            input->installEventFilter(undoFilter);

    connect(m_document, &ListingDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ListingDocument::pathChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ListingDocument::findingsChanged, this, &MainWindow::updateStatus);
    connect(m_form, &ListingForm::countsChanged, this, &MainWindow::updateSectionLabels);
    connect(m_problems, &ProblemsPanel::fieldActivated, this, &MainWindow::jumpToField);
    connect(m_problems, &ProblemsPanel::findingSelected, this, [this](const QString& anchor) {
        if (!anchor.isEmpty())
            m_guideline->showGuideline(anchor.toStdString());
    });
    connect(m_problems, &ProblemsPanel::commentOnFinding, this, &MainWindow::addComment);

    resize(1280, 860);
    resizeDocks({m_problemsDock}, {200}, Qt::Vertical);
    readSettings();
    updateTitle();
    updateSectionLabels();
    updateStatus();
}

MainWindow::~MainWindow()
{
    // The children are deleted by ~QWidget, when this object is no longer a
    // MainWindow: nothing they do on the way out may reach it (found by UBSan).
    disconnect(m_document, nullptr, this, nullptr);
    delete m_problemsDock; // its model asks this window for section names
}

void MainWindow::createDocks()
{
    m_problems = new ProblemsPanel(m_document, [this](const std::string& pointer) {
        return m_form->sectionTitle(m_form->sectionOf(pointer));
    });
    m_problemsDock = new QDockWidget(tr("Problems"), this);
    m_problemsDock->setObjectName(QStringLiteral("problemsDock"));
    m_problemsDock->setWidget(m_problems);
    addDockWidget(Qt::BottomDockWidgetArea, m_problemsDock);

    m_guideline = new GuidelinePanel;
    m_guidelineDock = new QDockWidget(tr("Guideline"), this);
    m_guidelineDock->setObjectName(QStringLiteral("guidelineDock"));
    m_guidelineDock->setWidget(m_guideline);
    addDockWidget(Qt::RightDockWidgetArea, m_guidelineDock);
    m_guidelineDock->hide();

    m_previewDock = new QDockWidget(tr("Buyer Page Preview"), this);
    m_previewDock->setObjectName(QStringLiteral("previewDock"));
    m_previewDock->setWidget(new BuyerPreview(m_document));
    addDockWidget(Qt::RightDockWidgetArea, m_previewDock);
    m_previewDock->hide();
    // A product page needs room to read: open it at a third of the window.
    connect(m_previewDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && m_previewDock->width() < 380)
            resizeDocks({m_previewDock}, {std::max(420, width() / 3)}, Qt::Horizontal);
    });

    auto* history = new QUndoView(m_document->undoStack());
    history->setObjectName(QStringLiteral("undoHistory"));
    history->setEmptyLabel(tr("<opened listing>"));
    history->setAccessibleName(tr("Undo history"));
    m_historyDock = new QDockWidget(tr("Undo History"), this);
    m_historyDock->setObjectName(QStringLiteral("historyDock"));
    m_historyDock->setWidget(history);
    addDockWidget(Qt::RightDockWidgetArea, m_historyDock);
    m_historyDock->hide();
}

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QMenu* newMenu = file->addMenu(tr("&New"));
    QAction* newBlank = newMenu->addAction(tr("&Blank Listing"), this, [this] { newFromTemplate(false); });
    newBlank->setObjectName(QStringLiteral("actionNewBlank"));
    newBlank->setShortcut(QKeySequence::New);
    newMenu->addAction(tr("From &Example"), this, [this] { newFromTemplate(true); })
        ->setObjectName(QStringLiteral("actionNewExample"));
    QAction* open = file->addAction(tr("&Open…"), this, &MainWindow::openWithPrompt);
    open->setObjectName(QStringLiteral("actionOpen"));
    open->setShortcut(QKeySequence::Open);
    QAction* review = file->addAction(tr("Open for Re&view…"), this, [this] {
        if (!maybeSave())
            return;
        const QString path = UserPrompts::openFileName(this, tr("Open for Review"),
                                                       tr("Listings and submitted files (*.proserv.json *.json);;All files (*)"));
        if (!path.isEmpty())
            openForReview(path);
    });
    review->setObjectName(QStringLiteral("actionOpenForReview"));
    review->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));
    QMenu* recentMenu = file->addMenu(tr("Open &Recent"));
    recentMenu->setObjectName(QStringLiteral("recentMenu"));
    m_recent = new RecentFiles(recentMenu, this);
    connect(m_recent, &RecentFiles::openRequested, this, [this](const QString& path) {
        if (maybeSave())
            openFile(path);
    });
    file->addSeparator();
    QAction* saveAction = file->addAction(tr("&Save"), this, &MainWindow::save);
    saveAction->setObjectName(QStringLiteral("actionSave"));
    saveAction->setShortcut(QKeySequence::Save);
    QAction* saveAsAction = file->addAction(tr("Save &As…"), this, &MainWindow::saveAs);
    saveAsAction->setObjectName(QStringLiteral("actionSaveAs"));
    saveAsAction->setShortcut(QKeySequence::SaveAs);
    QAction* exportAction = file->addAction(tr("&Export Submission JSON…"), this, &MainWindow::showSubmission);
    exportAction->setObjectName(QStringLiteral("actionExport"));
    exportAction->setShortcut(QKeySequence(tr("Ctrl+E")));
    QAction* exportUpdate = file->addAction(tr("Export &Update Against…"), this, [this] {
        const QString accepted = UserPrompts::openFileName(
            this, tr("Export an Update Against the Accepted Version"),
            tr("DescribeEntity responses, listings and change sets (*.json);;All files (*)"));
        if (!accepted.isEmpty())
            exportUpdateAgainst(accepted);
    });
    exportUpdate->setObjectName(QStringLiteral("actionExportUpdate"));
    exportUpdate->setStatusTip(tr("Send only what changed since the version AWS Marketplace accepted (a "
                                  "DescribeEntity response or an earlier file)."));
    QAction* report = file->addAction(tr("Export Review &Report…"), this, &MainWindow::exportReviewReport);
    report->setObjectName(QStringLiteral("actionExportReport"));
    QAction* compare = file->addAction(tr("&Compare With…"), this, [this] {
        const QString other = UserPrompts::openFileName(this, tr("Compare With an Earlier Version"),
                                                        tr("Listings and submitted files (*.proserv.json *.json);;All files (*)"));
        if (!other.isEmpty())
            compareWith(other);
    });
    compare->setObjectName(QStringLiteral("actionCompare"));
    m_editingActions = {saveAction, saveAsAction, exportAction, exportUpdate};
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction* historyAction = m_historyDock->toggleViewAction();
    historyAction->setText(tr("Undo &History"));
    edit->addAction(historyAction);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* problemsAction = m_problemsDock->toggleViewAction();
    problemsAction->setShortcut(QKeySequence(tr("Ctrl+Shift+M")));
    view->addAction(problemsAction);
    view->addAction(m_guidelineDock->toggleViewAction());
    QAction* previewAction = m_previewDock->toggleViewAction();
    previewAction->setText(tr("&Buyer Page Preview"));
    previewAction->setObjectName(QStringLiteral("actionBuyerPreview"));
    previewAction->setShortcut(QKeySequence(tr("Ctrl+Shift+B")));
    view->addAction(previewAction);
    QAction* submission = view->addAction(tr("&What Will Be Submitted…"), this, &MainWindow::showSubmission);
    submission->setObjectName(QStringLiteral("actionShowSubmission"));
    submission->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    view->addSeparator();
    QAction* next = view->addAction(tr("&Next Section"), this, [this] {
        m_sections->setCurrentRow((m_sections->currentRow() + 1) % m_sections->count());
    });
    next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    QAction* previous = view->addAction(tr("&Previous Section"), this, [this] {
        m_sections->setCurrentRow((m_sections->currentRow() + m_sections->count() - 1) % m_sections->count());
    });
    previous->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* guidelines = help->addAction(tr("&Guidelines"), this, [this] {
        // The section behind the selected problem, or behind the first one.
        const QModelIndex selected = m_problems->view()->currentIndex();
        QString anchor = selected.data(FindingsModel::GuidelineRole).toString();
        if (anchor.isEmpty() && !m_document->findings().empty())
            anchor = QString::fromStdString(m_document->findings().front().guideline);
        m_guideline->showGuideline(anchor.isEmpty() ? std::string("proserv-guidelines-setup") : anchor.toStdString());
        m_guidelineDock->show();
        m_guidelineDock->raise();
    });
    guidelines->setObjectName(QStringLiteral("actionGuidelines"));
    guidelines->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About ProServ Listing Editor"), this, [this] {
        UserPrompts::informRichText(this, QMessageBox::Information, tr("About ProServ Listing Editor"),
                            tr("<b>ProServ Listing Editor %1</b><p>Drafts AWS Marketplace professional services "
                               "listings, checks them against the marketplace guidelines and exports Catalog API "
                               "change sets. Works offline.</p><p>The offensive-language check uses the English "
                               "“List of Dirty, Naughty, Obscene, and Otherwise Bad Words” by Shutterstock, "
                               "licensed CC BY 4.0.</p>")
                                .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::updateTitle()
{
    const QString name = m_reviewMode ? tr("%1 (review, read-only)").arg(QFileInfo(m_document->sourcePath()).fileName())
                                      : m_document->displayName();
    setWindowTitle(tr("%1[*] — ProServ Listing Editor").arg(name));
    setWindowModified(m_document->isModified());
}

void MainWindow::updateSectionLabels()
{
    for (int i = 0; i < m_sections->count(); ++i) {
        const SectionCounts counts = m_form->countsOf(i);
        QListWidgetItem* item = m_sections->item(i);
        QString text = m_form->sectionTitle(i);
        QStringList parts;
        if (counts.errors)
            parts << severityCount(Severity::Error, counts.errors);
        if (counts.warnings)
            parts << severityCount(Severity::Warning, counts.warnings);
        if (!parts.isEmpty())
            text += QLatin1Char('\n') + parts.join(QStringLiteral(", "));
        if (item->text() == text)
            continue; // unchanged: no relayout while typing
        item->setText(text);
        item->setIcon(counts.errors ? severityIcon(Severity::Error)
                      : counts.warnings ? severityIcon(Severity::Warning)
                                        : QIcon());
        item->setData(Qt::AccessibleTextRole, QString(text).replace(QLatin1Char('\n'), QStringLiteral(", ")));
    }
}

void MainWindow::updateStatus()
{
    const FindingCounts counts = countFindings(m_document->findings());
    QString text =
        severityCount(Severity::Error, counts.errors) + QStringLiteral(", ") + severityCount(Severity::Warning, counts.warnings);
    if (counts.infos > 0) // e.g. the note on a submitted file, as proserv-check prints it
        text += QStringLiteral(", ") + severityCount(Severity::Info, counts.infos);
    if (text == m_statusCounter->text())
        return;
    m_statusCounter->setText(text);
    m_statusCounter->setIcon(counts.errors ? severityIcon(Severity::Error)
                             : counts.warnings ? severityIcon(Severity::Warning)
                                               : QIcon());
    m_statusCounter->setAccessibleName(m_statusCounter->text());
}

void MainWindow::jumpToField(const QString& pointer)
{
    m_form->focusField(pointer.toStdString());
}

void MainWindow::newFromTemplate(bool example)
{
    if (!maybeSave())
        return;
    m_document->setReadOnly(false);
    m_document->reset(example ? exampleListing() : Listing{}, QString(), DocumentKind::Native);
    setReviewMode(false, QString());
    m_review->clear();
    m_sections->setCurrentRow(0);
}

void MainWindow::openWithPrompt()
{
    if (!maybeSave())
        return;
    const QString path = UserPrompts::openFileName(
        this, tr("Open Listing"),
        tr("Listings and submitted files (*.proserv.json *.json);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::openFile(const QString& path) { return loadInto(path, false); }

bool MainWindow::openForReview(const QString& path) { return loadInto(path, true); }

namespace {

// Load errors or notices, one per line (message boxes show plain text).
QString errorLines(const std::vector<LoadError>& errors)
{
    QStringList lines;
    for (const LoadError& error : errors)
        lines << translated(error);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

bool MainWindow::loadInto(const QString& path, bool review)
{
    const LoadOutcome outcome = loadDocumentFile(path.toStdString());
    if (!outcome.ok()) {
        UserPrompts::inform(this, QMessageBox::Warning, tr("Cannot open %1").arg(QFileInfo(path).fileName()),
                            tr("The file was not opened; the current listing is unchanged.\n\n%1")
                                .arg(errorLines(outcome.errors)));
        return false;
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    m_diskSha256 = DiskStamp::of(absolute).sha256;
    // Read-only before the first look at it: a file under review names no
    // file outside its folder that the logo check or preview would open.
    m_document->setReadOnly(review);
    m_document->reset(*outcome.document, absolute);
    setReviewMode(review, absolute);
    // Sellers see the reviewer's comments too, beside the fields.
    const QString sidecarError = m_review->load(absolute);
    if (!sidecarError.isEmpty())
        UserPrompts::inform(this, QMessageBox::Warning, tr("Cannot read the review comments"), sidecarError);
    m_recent->add(path);
    if (!review && outcome.document->kind != DocumentKind::Native)
        statusBar()->showMessage(outcome.document->kind == DocumentKind::ChangeSet
                                     ? tr("Imported a change set; save it as a listing to keep your edits.")
                                     : tr("Imported a DescribeEntity response: exports send only what you change "
                                          "against it. Save it as a listing to keep your edits."),
                                 8000);
    if (!outcome.document->notices.empty())
        UserPrompts::inform(this, QMessageBox::Information, tr("Read but not kept"),
                            tr("The file was opened; this was left out on purpose:\n\n%1")
                                .arg(errorLines(outcome.document->notices)));
    return true;
}

void MainWindow::setReviewMode(bool review, const QString& path)
{
    m_reviewMode = review;
    m_document->setReadOnly(review);
    m_form->setReviewMode(review);
    m_problems->setReviewMode(review);
    for (QAction* action : m_editingActions)
        action->setEnabled(!review);
    m_banner->setVisible(review);
    if (review) {
        m_banner->setText(tr("<b>Review mode.</b> %1 is open read-only and will not be changed. Comments are saved "
                             "to %2.")
                              .arg(QFileInfo(path).fileName().toHtmlEscaped(),
                                   QFileInfo(QString::fromStdString(sidecarPathFor(path.toStdString()))).fileName().toHtmlEscaped()));
        m_problemsDock->show();
        m_problemsDock->raise();
        m_guidelineDock->show();
        if (!m_document->findings().empty()) // start with the guideline of the first problem
            m_guideline->showGuideline(m_document->findings().front().guideline);
    }
    updateTitle();
}

void MainWindow::addComment(const QString& pointer, const QString& ruleId)
{
    const std::string where = pointer.toStdString();
    const int section = m_form->sectionOf(where);
    const QString subject = ruleId.isEmpty() ? QStringLiteral("%1 (%2)").arg(pointer, m_form->sectionTitle(section))
                                             : tr("%1 at %2").arg(ruleId, pointer);
    const auto comment = UserPrompts::askComment(this, subject);
    if (!comment)
        return;
    const QString failure = m_review->addComment(where, ruleId.toStdString(), comment->second, comment->first);
    if (!failure.isEmpty())
        UserPrompts::inform(this, QMessageBox::Critical, tr("Comment not saved"), failure);
}

bool MainWindow::exportReviewReport()
{
    const QString base = QFileInfo(m_document->sourcePath().isEmpty() ? tr("listing") : m_document->sourcePath()).fileName();
    const QString path = UserPrompts::saveFileName(this, tr("Export Review Report"), base + QStringLiteral(".review.pdf"),
                                                   tr("PDF (*.pdf);;HTML (*.html)"));
    if (path.isEmpty())
        return false;
    ReviewReportInput input{base, &m_document->listing(), m_document->findings(), m_review->comments(),
                            m_document->isJudgedAsSubmission()};
    const QString failure = path.endsWith(QLatin1String(".html"), Qt::CaseInsensitive) ? writeReviewHtml(input, path)
                                                                                       : writeReviewPdf(input, path);
    if (!failure.isEmpty()) {
        UserPrompts::inform(this, QMessageBox::Critical, tr("Report not written"), failure);
        return false;
    }
    statusBar()->showMessage(tr("Wrote %1 — %2").arg(QFileInfo(path).fileName(), reviewVerdict(input).text()), 8000);
    return true;
}

bool MainWindow::compareWith(const QString& otherPath)
{
    const LoadOutcome other = loadDocumentFile(otherPath.toStdString());
    if (!other.ok()) {
        UserPrompts::inform(this, QMessageBox::Warning, tr("Cannot open %1").arg(QFileInfo(otherPath).fileName()),
                            translated(other.errors.front()));
        return false;
    }
    auto* dialog = new CompareDialog(other.document->listing, m_document->listing(), QFileInfo(otherPath).fileName(),
                                     m_document->displayName(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return true;
}

bool MainWindow::writeNative(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    // Someone else changed the file since we read it: ask before replacing their work.
    const DiskStamp onDisk = DiskStamp::of(absolute);
    if (onDisk.exists && absolute == m_document->filePath() && onDisk.sha256 != m_diskSha256) {
        const auto answer = UserPrompts::ask(
            this, QMessageBox::Warning, tr("File changed on disk"),
            tr("%1 was changed by another program since you opened it.").arg(QFileInfo(path).fileName()),
            QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel,
            tr("Save replaces those changes with yours (the previous file is kept as %1~).").arg(QFileInfo(path).fileName()));
        if (answer != QMessageBox::Save)
            return false;
    }
    const std::string bytes = serializeNative(m_document->listing());
    SaveOutcome outcome = saveWithBackup(absolute, bytes);
    if (!outcome.saved && outcome.atomicImpossible) {
        const auto answer = UserPrompts::ask(
            this, QMessageBox::Warning, tr("Save directly?"),
            tr("The folder of %1 does not allow a safe save (writing a temporary file and renaming it).")
                .arg(QFileInfo(path).fileName()),
            QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel,
            tr("Save writes into the file directly; if the program is interrupted while writing, the file can be "
               "left incomplete. The previous version is kept as %1~ if the folder allows it.")
                .arg(QFileInfo(path).fileName()));
        if (answer != QMessageBox::Save)
            return false;
        outcome = saveWithBackup(absolute, bytes, true);
    }
    if (!outcome.saved) {
        // The document stays modified: nothing was lost, nothing half-written.
        UserPrompts::inform(this, QMessageBox::Critical, tr("Save failed"), outcome.error);
        return false;
    }
    // Verified before the document counts as saved (and its recovery snapshot
    // is dropped): the file on disk must be exactly what was written.
    const DiskStamp written = DiskStamp::of(absolute);
    if (written.sha256 != QCryptographicHash::hash(QByteArray::fromRawData(bytes.data(), static_cast<qsizetype>(bytes.size())),
                                                   QCryptographicHash::Sha256)) {
        UserPrompts::inform(this, QMessageBox::Critical, tr("Save failed"),
                            tr("%1: the saved file does not read back as written; your changes are kept in the editor "
                               "and in the recovery snapshot.")
                                .arg(absolute));
        return false;
    }
    m_diskSha256 = written.sha256;
    m_document->markSaved(absolute);
    m_recent->add(path);
    if (!m_review->hasFile())
        m_review->load(m_document->filePath()); // new comments now have a place next to the file
    statusBar()->showMessage(tr("Saved %1").arg(QFileInfo(path).fileName()), 4000);
    return true;
}

bool MainWindow::offerRecovery()
{
    bool recovered = false;
    for (const RecoverySnapshot& snapshot : RecoveryStore::orphans()) {
        const QString name = snapshot.sourcePath.isEmpty() ? tr("an unsaved new listing") : QFileInfo(snapshot.sourcePath).fileName();
        while (true) {
            const int choice = UserPrompts::choose(
                this, tr("Recover unsaved changes?"),
                tr("ProServ Listing Editor was closed unexpectedly with unsaved changes to %1 (last kept %2).")
                    .arg(name, QLocale().toString(snapshot.savedAt.toLocalTime(), QLocale::ShortFormat)),
                {tr("Recover"), tr("Show Differences"), tr("Discard"), tr("Decide Later")}, 0);
            if (choice == 1) {
                Listing original;
                if (const LoadOutcome base = loadDocumentFile(snapshot.sourcePath.toStdString()); base.ok())
                    original = base.document->listing;
                CompareDialog dialog(original, snapshot.listing, name, tr("recovered changes"), this);
                dialog.exec();
                continue;
            }
            if (choice == 0 && !recovered && maybeSave()) {
                // Start from the file as it is on disk and apply the recovered
                // work as one undoable, unsaved change.
                const LoadOutcome base = loadDocumentFile(snapshot.sourcePath.toStdString());
                m_document->setReadOnly(false);
                setReviewMode(false, QString());
                m_document->reset(base.ok() ? base.document->listing : Listing{}, base.ok() ? snapshot.sourcePath : QString(),
                                  DocumentKind::Native);
                m_diskSha256 = DiskStamp::of(snapshot.sourcePath).sha256;
                m_document->setField("", toNativeJson(snapshot.listing), tr("Recover unsaved changes"));
                QFile::remove(snapshot.path);
                recovered = true;
            } else if (choice == 2) {
                QFile::remove(snapshot.path);
            }
            break;
        }
    }
    return recovered;
}

bool MainWindow::save()
{
    if (m_document->filePath().isEmpty())
        return saveAs();
    return writeNative(m_document->filePath());
}

bool MainWindow::saveAs()
{
    QString suggested = m_document->filePath();
    if (suggested.isEmpty()) {
        const QString base = m_document->sourcePath().isEmpty() ? tr("listing")
                                                                : QFileInfo(m_document->sourcePath()).completeBaseName();
        suggested = base + QString::fromLatin1(kNativeFileSuffix);
    }
    QString path = UserPrompts::saveFileName(this, tr("Save Listing As"), suggested, tr("ProServ listings (*.proserv.json);;JSON files (*.json);;All files (*)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".json")))
        path += QString::fromLatin1(kNativeFileSuffix);
    return writeNative(path);
}

SubmissionView* MainWindow::showSubmission()
{
    if (!m_submissionView) {
        m_submissionView = new SubmissionView(
            m_document, [this](const std::string& pointer) { return fieldLabel(pointer); }, this);
        connect(m_submissionView, &SubmissionView::exportRequested, this, &MainWindow::exportSubmission);
    }
    m_submissionView->refresh();
    m_submissionView->exportButton()->setEnabled(!m_reviewMode);
    m_submissionView->show();
    m_submissionView->raise();
    m_submissionView->activateWindow();
    return m_submissionView;
}

QString MainWindow::fieldLabel(const std::string& pointer) const
{
    FieldBinding* binding = m_form->bindingFor(pointer);
    if (!binding)
        return QString();
    const QString label = binding->block()->title();
    if (pointer.size() <= binding->pointer().size() || pointer.compare(0, binding->pointer().size(), binding->pointer()) != 0)
        return label;
    // A list item or table cell: "Dimensions, row 2: Service billed".
    const QStringList rest = QString::fromStdString(pointer.substr(binding->pointer().size() + 1)).split(QLatin1Char('/'));
    const int row = rest.value(0).toInt() + 1;
    if (rest.size() < 2)
        return tr("%1, item %2").arg(label).arg(row);
    QString column = rest.value(1);
    if (auto* table = qobject_cast<RecordTableEditor*>(binding->block()->editor()))
        for (const TableColumn& c : table->columns())
            if (c.key == column)
                column = c.title;
    return tr("%1, row %2: %3").arg(label).arg(row).arg(column);
}

bool MainWindow::exportSubmission()
{
    // Only what is submitted decides: a finding on a draft-only field does not
    // make AWS Marketplace reject the change set.
    std::vector<Finding> submitted;
    for (const Finding& f : m_document->findings())
        if (isOnSubmittedField(f))
            submitted.push_back(f);
    const FindingCounts counts = countFindings(submitted);
    if (counts.errors > 0) {
        const int choice = UserPrompts::choose(
            this, tr("Export with errors?"),
            tr("%n error(s) remain in submitted fields. AWS Marketplace will likely reject the listing until they are "
               "fixed.", "", counts.errors),
            {tr("Review Problems"), tr("Export Anyway"), tr("Cancel")}, 0);
        if (choice == 0) {
            m_problemsDock->show();
            for (const Finding& f : submitted)
                if (f.severity == Severity::Error) {
                    jumpToField(QString::fromStdString(f.pointer));
                    break;
                }
            return false;
        }
        if (choice != 1)
            return false;
    }
    const Json request = exportChangeSet(m_document->listing());
    if (isEmptyUpdate(request)) {
        UserPrompts::inform(this, QMessageBox::Information, tr("Nothing to export"),
                            tr("Nothing changed since the accepted version (%1); no change set was written.")
                                .arg(QString::fromStdString(m_document->listing().accepted.source)));
        return false;
    }
    const QString base = m_document->filePath().isEmpty()
                             ? tr("listing")
                             : QFileInfo(m_document->filePath()).fileName().remove(QLatin1String(kNativeFileSuffix));
    const QString path = UserPrompts::saveFileName(this, tr("Export Submission JSON"), base + QStringLiteral(".changeset.json"),
                                                   tr("Change sets (*.json);;All files (*)"));
    if (path.isEmpty())
        return false;
    const QString failure = writeFileAtomically(path, serializeRequest(request));
    if (!failure.isEmpty()) {
        UserPrompts::inform(this, QMessageBox::Critical, tr("Export failed"), failure);
        return false;
    }
    statusBar()->showMessage(tr("Exported %1 — use it with aws marketplace-catalog start-change-set "
                                "--cli-input-json file://%1")
                                 .arg(QFileInfo(path).fileName()),
                             8000);
    return true;
}

bool MainWindow::exportUpdateAgainst(const QString& acceptedPath)
{
    const LoadOutcome accepted = loadDocumentFile(acceptedPath.toStdString());
    if (!accepted.ok()) {
        UserPrompts::inform(this, QMessageBox::Critical, tr("Cannot read the accepted version"),
                            tr("Nothing was exported.\n\n%1").arg(errorLines(accepted.errors)));
        return false;
    }
    const AcceptedVersion version = acceptedVersionOf(accepted.document->listing, acceptedPath.toStdString());
    Listing update = m_document->listing();
    update.accepted = version;
    if (!exportsAsUpdate(update)) { // neither names the product
        UserPrompts::inform(this, QMessageBox::Warning, tr("No product ID"),
                            tr("Neither this listing nor %1 names a product ID; an update is for a published "
                               "product (prod-…).")
                                .arg(QFileInfo(acceptedPath).fileName()));
        return false;
    }
    // Remembered (one undoable step): later exports are updates against it,
    // and the rules check what an update cannot do (remove a dimension).
    m_document->setField("/acceptedVersion", toJsonValue(version), tr("Set accepted version"));
    return exportSubmission();
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const auto answer = UserPrompts::ask(
        this, QMessageBox::Warning, tr("Unsaved changes"),
        tr("Save the changes to %1 before closing it?").arg(m_document->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save,
        tr("If you don't save, your changes will be lost."));
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (maybeSave()) {
        writeSettings();
        m_recovery->discard(); // a clean exit leaves nothing to recover
        event->accept();
    } else {
        event->ignore();
    }
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls() && !event->mimeData()->urls().isEmpty()
        && event->mimeData()->urls().first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QString path = event->mimeData()->urls().first().toLocalFile();
    event->acceptProposedAction();
    if (maybeSave())
        openFile(path);
}

void MainWindow::readSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

void MainWindow::writeSettings()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
}

} // namespace proserv
