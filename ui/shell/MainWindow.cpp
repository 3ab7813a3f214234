#include "ui/shell/MainWindow.h"
#include "qtsupport/FileNames.h"
#include "qtsupport/Translation.h"

#include "ui/document/ListingDocument.h"
#include "ui/document/OfferDocument.h"
#include "ui/document/RecoveryStore.h"
#include "ui/document/ReviewSession.h"
#include "ui/files/ChangedOnDiskBar.h"
#include "ui/files/DocumentManager.h"
#include "ui/files/OfferFiles.h"
#include "ui/files/RecentFiles.h"
#include "ui/form/DocumentForm.h"
#include "ui/form/FieldBindings.h"
#include "ui/form/FieldBlock.h"
#include "ui/form/ListEditors.h"
#include "ui/form/Mnemonics.h"
#include "ui/form/UserPrompts.h"
#include "ui/listing/ListingForm.h"
#include "ui/offer/OfferForm.h"
#include "ui/review/GuidelinePanel.h"
#include "ui/shell/CommandShortcutFilter.h"
#include "ui/shell/ProblemsDock.h"
#include "ui/shell/ProblemsPanel.h"
#include "ui/shell/SectionNavigator.h"
#include "ui/shell/WelcomePage.h"
#include "ui/views/BuyerPreview.h"
#include "ui/views/OfferPreview.h"
#include "ui/views/SubmissionView.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QUndoGroup>
#include <QUndoView>
#include <QVBoxLayout>
#include <algorithm>
#include <cstdlib>

// The bundled examples and guideline text live in resources.qrc, compiled into
// this static library; a static library must register its resources itself
// (outside any namespace, as Q_INIT_RESOURCE requires).
static void registerBundledResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace proserv {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    registerBundledResources();
    setWindowIcon(QIcon(QStringLiteral(":/icons/proserv-editor.svg")));
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    // Ctrl+E and the other commands work from every field (a line edit would
    // take Ctrl+E as "end of line").
    qApp->installEventFilter(new CommandShortcutFilter(this));
    m_document = new ListingDocument(this);
    m_form = new ListingForm(m_document, this);
    m_form->setObjectName(QStringLiteral("listingForm"));
    m_offerDocument = new OfferDocument(this);
    m_offerForm = new OfferForm(m_offerDocument, this);
    m_offerForm->setObjectName(QStringLiteral("offerForm"));
    m_offerRecovery = new RecoveryStore(m_offerDocument, this);
    connect(m_offerRecovery, &RecoveryStore::unavailable, this, [this](const QString& reason) {
        UserPrompts::inform(this, QMessageBox::Warning, tr("Crash recovery is off"), reason);
    });
    m_offerReview = new ReviewSession(m_offerDocument, this);
    m_offerFiles = new OfferFiles(m_offerDocument, m_offerRecovery, m_offerReview, this);
    m_editorStack = new QStackedWidget(this);
    m_editorStack->setObjectName(QStringLiteral("editorStack"));
    m_undoGroup = new QUndoGroup(this);

    m_sections = new SectionNavigator(this);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_sections);
    splitter->addWidget(m_editorStack);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({230, 900});
    splitter->setChildrenCollapsible(false);
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("reviewBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(
        QStringLiteral("QLabel { background: #fff4ce; border-bottom: 1px solid #e0c46c; padding: 8px 12px; }"));
    m_banner->hide();
    auto* central = new QWidget(this);
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_banner);
    m_diskBar = new ChangedOnDiskBar(this);
    centralLayout->addWidget(m_diskBar);
    centralLayout->addWidget(m_form->unattachedCommentsPanel());
    centralLayout->addWidget(m_offerForm->unattachedCommentsPanel());
    centralLayout->addWidget(splitter, 1);
    m_startStack = new QStackedWidget(this); // the welcome page, then the listing
    m_startStack->addWidget(central);
    setCentralWidget(m_startStack);
    m_review = new ReviewSession(m_document, this);
    m_recovery = new RecoveryStore(m_document, this);
    connect(m_recovery, &RecoveryStore::unavailable, this, [this](const QString& reason) {
        UserPrompts::inform(this, QMessageBox::Warning, tr("Crash recovery is off"), reason);
    });
    m_files = new DocumentManager(m_document, m_review, m_recovery, this);
    connect(m_files, &DocumentManager::opened, this,
        [this](const QString& path, bool review) { setReviewMode(review, path, m_form); });
    connect(m_files, &DocumentManager::statusMessage, this,
        [this](const QString& text, int timeout) { statusBar()->showMessage(text, timeout); });
    connect(m_files, &DocumentManager::changedOnDisk, this,
        [this](const QString& path, bool removed) { m_diskBar->showChange(QFileInfo(path).fileName(), removed); });
    connect(m_files, &DocumentManager::diskConflictResolved, m_diskBar, &QWidget::hide);
    connect(m_files, &DocumentManager::opened, m_diskBar, &QWidget::hide);
    connect(m_diskBar, &ChangedOnDiskBar::reloadRequested, m_files, &DocumentManager::reloadFromDisk);
    connect(m_diskBar, &ChangedOnDiskBar::keepRequested, m_files, &DocumentManager::keepMine);
    connect(m_files, &DocumentManager::problemsRequested, this, [this](const QString& pointer) {
        m_problemsDock->show();
        jumpToField(pointer);
    });
    m_form->setReviewSession(m_review);
    m_offerForm->setReviewSession(m_offerReview);

    createDocks();
    createActions();
    createWelcomePage();
    assignMnemonics();

    m_statusCounter = new QToolButton(this);
    m_statusCounter->setObjectName(QStringLiteral("statusCounter"));
    m_statusCounter->setAutoRaise(true);
    m_statusCounter->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(m_statusCounter, &QToolButton::clicked, m_problemsDock, &ProblemsDock::showList);
    statusBar()->addPermanentWidget(m_statusCounter);
    m_statusCounter->setVisible(!isWelcomeShown());

    addEditor(m_form);
    showEditor(m_form);
    connect(m_files, &DocumentManager::opened, this, [this] { showEditor(m_form); }); // a listing was opened
    addEditor(m_offerForm);
    connect(m_files, &DocumentManager::offerFileRequested, this, &MainWindow::openOffer);
    connect(m_offerFiles, &OfferFiles::opened, this, [this](const QString& path, bool review) {
        leaveWelcomePage(m_offerForm);
        setReviewMode(review, path, m_offerForm);
    });
    connect(m_offerFiles, &OfferFiles::statusMessage, this,
        [this](const QString& text, int timeout) { statusBar()->showMessage(text, timeout); });

    connect(m_problems, &ProblemsPanel::fieldActivated, this, &MainWindow::jumpToField);
    connect(m_problems, &ProblemsPanel::findingSelected, this, [this](const QString& anchor) {
        if (!anchor.isEmpty())
            m_guideline->showGuideline(anchor.toStdString());
    });
    connect(m_problems, &ProblemsPanel::commentOnFinding, this, &MainWindow::addComment);

    resize(QSize(1280, 860).boundedTo(screen()->availableGeometry().size())); // all of it on a 1280×800 screen
    m_problemsDock->fitToContent();
    // After the opened listing's findings are listed, which may follow the signal.
    connect(m_files, &DocumentManager::opened, this,
        [this] { QTimer::singleShot(0, m_problemsDock, &ProblemsDock::fitToContent); });
    readSettings();
    updateTitle();
    updateStatus();
}

MainWindow::~MainWindow()
{
    // The children are deleted by ~QWidget, when this object is no longer a
    // MainWindow: nothing they do on the way out may reach it (found by UBSan).
    for (int i = 0; i < m_editorStack->count(); ++i)
        if (auto* editor = qobject_cast<DocumentForm*>(m_editorStack->widget(i))) {
            disconnect(editor, nullptr, this, nullptr);
            disconnect(editor->document(), nullptr, this, nullptr);
        }
    delete m_problemsDock; // its model asks this window for section names
}

FieldDocument* MainWindow::currentDocument() const
{
    return m_current->document();
}

void MainWindow::addEditor(DocumentForm* editor)
{
    m_editorStack->addWidget(editor);
    m_undoGroup->addStack(editor->document()->undoStack());
    assignMnemonics(editor);
    // Each hosted document reports to the window only while it is shown.
    FieldDocument* document = editor->document();
    auto whileShown = [this, editor](void (MainWindow::*update)()) {
        return [this, editor, update] {
            if (editor == m_current)
                (this->*update)();
        };
    };
    connect(document, &FieldDocument::modifiedChanged, this, whileShown(&MainWindow::updateTitle));
    connect(document, &FieldDocument::pathChanged, this, whileShown(&MainWindow::updateTitle));
    connect(document, &FieldDocument::findingsChanged, this, whileShown(&MainWindow::updateStatus));
    connect(editor, &DocumentForm::commentRequested, this,
        [this](const QString& pointer) { addComment(pointer, QString()); });
}

void MainWindow::showEditor(DocumentForm* editor)
{
    if (editor == m_current)
        return;
    m_current = editor;
    m_editorStack->setCurrentWidget(editor);
    m_undoGroup->setActiveStack(editor->document()->undoStack());
    m_problems->setDocument(editor->document(),
        [this](const std::string& pointer) { return m_current->sectionTitle(m_current->sectionOf(pointer)); });
    // Each document type brings its own file commands: the listing's
    // (DocumentManager) or the offer's (OfferFiles); another type's editor
    // shows neither.
    const bool listing = editor == m_form;
    const bool offer = editor == m_offerForm;
    for (QAction* action : m_listingActions)
        action->setEnabled(listing && !isWelcomeShown() && !(m_reviewMode && m_editingActions.contains(action)));
    for (QAction* action : m_editingActions)
        action->setVisible(!offer);
    for (QAction* action : m_offerActions) {
        action->setVisible(offer);
        action->setEnabled(offer);
    }
    m_previewStack->setCurrentWidget(offer ? static_cast<QWidget*>(m_offerPreview) : m_listingPreview);
    for (QAction* action : m_documentActions)
        action->setEnabled(!isWelcomeShown());
    m_sections->setForm(editor);
    updateTitle();
    updateStatus();
    if (!isWelcomeShown())
        editor->focusField(editor->firstField());
}

// Alt+letter reaches a field of the page on show, a menu or a widget around
// the form: the letters of the menus and of the window's own widgets are
// taken on every page, and each page shares out the rest.
void MainWindow::assignMnemonics()
{
    m_reservedMnemonics = mnemonics::menuLetters(menuBar());
    const QList<DocumentForm*> forms = findChildren<DocumentForm*>(); // each shares out its own pages' letters
    for (QWidget* widget : mnemonics::widgetsWithMnemonics(this))
        if (!m_welcome->isAncestorOf(widget)
            && std::none_of(forms.begin(), forms.end(), [&](DocumentForm* f) { return f->isAncestorOf(widget); }))
            m_reservedMnemonics.insert(mnemonics::letterOfWidget(widget));
    mnemonics::assignUnique(m_welcome, m_reservedMnemonics); // never shown with a form
}

void MainWindow::assignMnemonics(DocumentForm* editor)
{
    for (int i = 0; i < editor->count(); ++i)
        mnemonics::assignUnique(editor->widget(i), m_reservedMnemonics);
}

void MainWindow::createWelcomePage()
{
    m_welcome = new WelcomePage(m_recent, this);
    connect(m_welcome, &WelcomePage::newBlankRequested, this, [this] { newFromTemplate(false); });
    connect(m_welcome, &WelcomePage::newFromExampleRequested, this, [this] { newFromTemplate(true); });
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::openWithPrompt);
    connect(m_welcome, &WelcomePage::openForReviewRequested, findChild<QAction*>(QStringLiteral("actionOpenForReview")),
        &QAction::trigger);
    connect(m_welcome, &WelcomePage::recentRequested, this, &MainWindow::openFile);
    m_startStack->insertWidget(0, m_welcome);
    // Whatever starts a listing — the page, a menu, a file on the command
    // line, a recovered snapshot — leaves the welcome page for the form.
    connect(m_files, &DocumentManager::opened, this, &MainWindow::showListing);
    m_startStack->setCurrentWidget(m_welcome);
    m_welcome->setFocus(); // on "New blank listing": Enter starts
    hideDocumentPanels(); // nothing to show yet: no "(no title)" preview beside the welcome page
    for (QAction* action : m_listingActions) // no listing yet: nothing to save, export or preview
        action->setEnabled(false);
    for (QAction* action : m_documentActions)
        action->setEnabled(false);
}

void MainWindow::showListing()
{
    leaveWelcomePage(m_form);
}

void MainWindow::leaveWelcomePage(DocumentForm* editor)
{
    if (m_startStack->currentWidget() == m_welcome) {
        m_startStack->setCurrentIndex(1);
        restoreDocumentPanels();
        m_statusCounter->show();
        m_current = nullptr; // shown anew: actions, sections and focus follow
    }
    showEditor(editor);
}

bool MainWindow::openOffer(const QString& path, bool review)
{
    return m_offerFiles->open(path, false, review); // asks about unsaved changes first
}

bool MainWindow::isWelcomeShown() const
{
    return m_startStack->currentWidget() == m_welcome;
}

void MainWindow::createDocks()
{
    m_problems = new ProblemsPanel(
        m_document, [this](const std::string& pointer) { return m_form->sectionTitle(m_form->sectionOf(pointer)); });
    // showEditor() points it at the shown document.
    m_problemsDock = new ProblemsDock(m_problems, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_problemsDock);

    m_guideline = new GuidelinePanel;
    m_guidelineDock = new QDockWidget(tr("Guideline"), this);
    m_guidelineDock->setObjectName(QStringLiteral("guidelineDock"));
    m_guidelineDock->setWidget(m_guideline);
    addDockWidget(Qt::RightDockWidgetArea, m_guidelineDock);
    m_guidelineDock->hide();

    m_previewDock = new QDockWidget(tr("Buyer Page Preview"), this);
    m_previewDock->setObjectName(QStringLiteral("previewDock"));
    // One dock, the shown document's page: the listing's product page or the offer's (showEditor).
    m_previewStack = new QStackedWidget(m_previewDock);
    m_listingPreview = new BuyerPreview(m_document, m_previewStack);
    m_offerPreview = new OfferPreview(m_offerDocument, m_previewStack);
    m_previewStack->addWidget(m_listingPreview);
    m_previewStack->addWidget(m_offerPreview);
    m_previewDock->setWidget(m_previewStack);
    addDockWidget(Qt::RightDockWidgetArea, m_previewDock);
    m_previewDock->hide();
    // A product page needs room to read: open it at a third of the window.
    connect(m_previewDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && m_previewDock->width() < 380)
            resizeDocks({m_previewDock}, {std::max(420, width() / 3)}, Qt::Horizontal);
    });

    auto* history = new QUndoView(m_undoGroup); // the shown document's history
    history->setObjectName(QStringLiteral("undoHistory"));
    history->setEmptyLabel(tr("<opened listing>"));
    history->setAccessibleName(tr("Undo history"));
    m_historyDock = new QDockWidget(tr("Undo History"), this);
    m_historyDock->setObjectName(QStringLiteral("historyDock"));
    m_historyDock->setWidget(history);
    addDockWidget(Qt::RightDockWidgetArea, m_historyDock);
    m_historyDock->hide();

    // The side panels share one column as tabs: opened together they never
    // stack three columns wide, and the form keeps its readable width
    // (FormPage's minimum). A panel opened from the menu comes to the front.
    tabifyDockWidget(m_guidelineDock, m_previewDock);
    tabifyDockWidget(m_previewDock, m_historyDock);
    for (QDockWidget* panel : {m_guidelineDock, m_previewDock, m_historyDock})
        connect(panel->toggleViewAction(), &QAction::toggled, panel, [panel](bool shown) {
            if (shown)
                panel->raise();
        });
}

QList<QDockWidget*> MainWindow::documentPanels() const
{
    return {m_problemsDock, m_guidelineDock, m_previewDock, m_historyDock};
}

void MainWindow::hideDocumentPanels()
{
    for (QDockWidget* panel : documentPanels()) {
        m_panelWanted[panel] = !panel->isHidden();
        panel->hide();
        if (panel != m_problemsDock) // its own action opens the list once a document is shown
            panel->toggleViewAction()->setEnabled(false);
    }
}

void MainWindow::restoreDocumentPanels()
{
    for (QDockWidget* panel : documentPanels()) {
        // Shown again if it was open; one a document opened meanwhile (review
        // mode's guideline) stays open.
        if (m_panelWanted.value(panel, panel == m_problemsDock))
            panel->show();
        panel->toggleViewAction()->setEnabled(true);
    }
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
    QAction* newOffer = newMenu->addAction(tr("&Offer for This Product…"), this, [this] {
        if (m_offerFiles->maybeSave())
            m_offerFiles->newForListing(m_document->listing(), m_document->filePath());
    });
    newOffer->setObjectName(QStringLiteral("actionNewOffer"));
    newOffer->setStatusTip(tr("Draft a private offer for the open listing's product: its ID, dimensions, refund "
                              "policy and service terms filled in."));
    QAction* open = file->addAction(tr("&Open…"), this, &MainWindow::openWithPrompt);
    open->setObjectName(QStringLiteral("actionOpen"));
    open->setShortcut(QKeySequence::Open);
    // A change set that changes the product and an offer opens as the listing
    // (keeping the offer's changes as written); its offer part opens here.
    QAction* openOfferPart
        = file->addAction(tr("Open O&ffer Part of a Change Set…"), m_offerFiles, &OfferFiles::promptOpenOfferPart);
    openOfferPart->setObjectName(QStringLiteral("actionOpenOfferPart"));
    openOfferPart->setStatusTip(tr("Open the private offer's changes of a change set that also changes the product, "
                                   "as an offer of its own."));
    QAction* review = file->addAction(tr("Open for Re&view…"), m_files, [this] { m_files->promptOpen(true); });
    review->setObjectName(QStringLiteral("actionOpenForReview"));
    review->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));
    QMenu* recentMenu = file->addMenu(tr("Open Recen&t"));
    recentMenu->setObjectName(QStringLiteral("recentMenu"));
    m_recent = new RecentFiles(recentMenu, this);
    m_files->setRecentFiles(m_recent);
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
    QAction* exportUpdate
        = file->addAction(tr("Export &Update Against…"), m_files, &DocumentManager::promptExportUpdate);
    exportUpdate->setObjectName(QStringLiteral("actionExportUpdate"));
    exportUpdate->setStatusTip(tr("Send only what changed since the version AWS Marketplace accepted (a "
                                  "DescribeEntity response or an earlier file)."));
    // The shown document's report and comparison, whichever type it is.
    QAction* report = file->addAction(tr("Export Review &Report…"), this, [this] {
        if (m_current == m_offerForm)
            m_offerFiles->exportReviewReport();
        else
            exportReviewReport();
    });
    report->setObjectName(QStringLiteral("actionExportReport"));
    QAction* compare = file->addAction(tr("&Compare With…"), this, [this] {
        if (m_current == m_offerForm)
            m_offerFiles->promptCompare();
        else
            m_files->promptCompare();
    });
    compare->setObjectName(QStringLiteral("actionCompare"));
    QAction* saveOffer = file->addAction(tr("&Save Offer"), m_offerFiles, &OfferFiles::save);
    saveOffer->setObjectName(QStringLiteral("actionSaveOffer"));
    saveOffer->setShortcut(QKeySequence::Save);
    QAction* saveOfferAs = file->addAction(tr("Save Offer &As…"), m_offerFiles, &OfferFiles::saveAs);
    saveOfferAs->setObjectName(QStringLiteral("actionSaveOfferAs"));
    saveOfferAs->setShortcut(QKeySequence::SaveAs);
    QAction* exportOffer = file->addAction(tr("&Export Offer Change Set…"), m_offerFiles, &OfferFiles::exportChangeSet);
    exportOffer->setObjectName(QStringLiteral("actionExportOffer"));
    exportOffer->setShortcut(QKeySequence(tr("Ctrl+E")));
    m_offerActions = {saveOffer, saveOfferAs, exportOffer};
    for (QAction* action : m_offerActions) {
        action->setVisible(false);
        action->setEnabled(false);
    }
    m_editingActions = {saveAction, saveAsAction, exportAction, exportUpdate};
    m_listingActions = {saveAction, saveAsAction, exportAction, exportUpdate, newOffer};
    m_documentActions = {report, compare};
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    // A reviewer comments from the keyboard: on the current problem, or on
    // the field being read.
    edit->addSeparator();
    QAction* commentProblem = edit->addAction(tr("Comment on &Problem…"), this, [this] {
        if (!m_problems->commentOnCurrent())
            statusBar()->showMessage(tr("Select a problem in the Problems list first (Ctrl+Shift+M)."), 5000);
    });
    commentProblem->setObjectName(QStringLiteral("actionCommentOnProblem"));
    commentProblem->setShortcut(QKeySequence(tr("Ctrl+Shift+P")));
    QAction* commentField = edit->addAction(tr("Comment on &Field…"), this, [this] {
        const std::string pointer = m_current ? m_current->focusedField() : std::string();
        if (pointer.empty())
            statusBar()->showMessage(tr("Put the cursor in a field first (Alt+its letter)."), 5000);
        else
            addComment(QString::fromStdString(pointer), QString());
    });
    commentField->setObjectName(QStringLiteral("actionCommentOnField"));
    commentField->setShortcut(QKeySequence(tr("Ctrl+Shift+C")));
    m_reviewActions = {commentProblem, commentField};
    for (QAction* action : m_reviewActions)
        action->setEnabled(false);
    edit->addSeparator();
    QAction* historyAction = m_historyDock->toggleViewAction();
    historyAction->setText(tr("Undo &History"));
    edit->addAction(historyAction);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_problemsDock->toggleAction());
    view->addAction(m_guidelineDock->toggleViewAction());
    QAction* previewAction = m_previewDock->toggleViewAction();
    previewAction->setText(tr("&Buyer Page Preview"));
    previewAction->setObjectName(QStringLiteral("actionBuyerPreview"));
    previewAction->setShortcut(QKeySequence(tr("Ctrl+Shift+B")));
    view->addAction(previewAction);
    QAction* submission = view->addAction(tr("&What Will Be Submitted…"), this, &MainWindow::showSubmission);
    submission->setObjectName(QStringLiteral("actionShowSubmission"));
    submission->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    m_documentActions << previewAction << submission;
    view->addSeparator();
    QAction* next = view->addAction(tr("&Next Section"), m_sections, &SectionNavigator::showNext);
    next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    QAction* previous = view->addAction(tr("Pre&vious Section"), m_sections, &SectionNavigator::showPrevious);
    previous->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* guidelines = help->addAction(tr("&Guidelines"), this, [this] {
        // The section behind the selected problem, or behind the first one.
        const QModelIndex selected = m_problems->view()->currentIndex();
        QString anchor = selected.data(FindingsModel::GuidelineRole).toString();
        if (anchor.isEmpty() && !currentDocument()->findings().empty())
            anchor = QString::fromStdString(currentDocument()->findings().front().guideline);
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
    const QString name = m_reviewMode
        ? tr("%1 (review, read-only)").arg(QFileInfo(currentDocument()->originPath()).fileName())
        : currentDocument()->displayName();
    setWindowTitle(tr("%1[*] — ProServ Listing Editor").arg(displayFileName(name)));
    setWindowModified(currentDocument()->isModified());
}

void MainWindow::updateStatus()
{
    const FindingCounts counts = countFindings(currentDocument()->shownFindings());
    QString text = severityCount(Severity::Error, counts.errors) + QStringLiteral(", ")
        + severityCount(Severity::Warning, counts.warnings);
    if (counts.infos > 0) // e.g. the note on a submitted file, as proserv-check prints it
        text += QStringLiteral(", ") + severityCount(Severity::Info, counts.infos);
    if (const int quiet = currentDocument()->quietCount(); quiet > 0) // a new blank document
        text += QStringLiteral(", ") + tr("%n to fill in", "", quiet);
    if (text == m_statusCounter->text())
        return;
    m_statusCounter->setText(text);
    m_statusCounter->setIcon(counts.errors ? severityIcon(Severity::Error)
            : counts.warnings              ? severityIcon(Severity::Warning)
                                           : QIcon());
    m_statusCounter->setAccessibleName(m_statusCounter->text());
}

void MainWindow::jumpToField(const QString& pointer)
{
    m_current->focusField(pointer.toStdString());
}

void MainWindow::newFromTemplate(bool example)
{
    if (m_files->maybeSave()) {
        m_files->newListing(example);
        m_sections->setCurrentRow(0);
    }
}

void MainWindow::openWithPrompt()
{
    m_files->promptOpen(false);
}

bool MainWindow::openFile(const QString& path)
{
    return m_files->open(path, false);
}

bool MainWindow::openForReview(const QString& path)
{
    return m_files->open(path, true);
}

void MainWindow::setReviewMode(bool review, const QString& path, DocumentForm* form)
{
    m_reviewMode = review;
    form->document()->setReadOnly(review);
    form->setReviewMode(review);
    m_problems->setReviewMode(review);
    for (QAction* action : m_editingActions)
        action->setEnabled(!review);
    for (QAction* action : m_reviewActions)
        action->setEnabled(review);
    for (QAction* action : m_offerActions) // saving or exporting a reviewed offer
        action->setEnabled(form == m_offerForm && !review);
    m_banner->setVisible(review);
    if (review) {
        m_banner->setText(
            tr("<b>Review mode.</b> %1 is open read-only and will not be changed. Comments are saved "
               "to %2.")
                .arg(QFileInfo(path).fileName().toHtmlEscaped(),
                    QFileInfo(QString::fromStdString(sidecarPathFor(path.toStdString()))).fileName().toHtmlEscaped()));
        m_problemsDock->show();
        m_problemsDock->raise();
        m_guidelineDock->show();
        m_guidelineDock->raise(); // the front tab of the side panels
        if (!form->document()->findings().empty()) // start with the guideline of the first problem
            m_guideline->showGuideline(form->document()->findings().front().guideline);
    }
    updateTitle();
}

void MainWindow::addComment(const QString& pointer, const QString& ruleId)
{
    const std::string where = pointer.toStdString();
    const int section = m_current->sectionOf(where);
    // People's names, never a 0-based pointer: "Highlights, item 3 (Product)".
    const QString field = m_current->fieldLabel(where);
    const QString subject = ruleId.isEmpty() ? QStringLiteral("%1 (%2)").arg(field, m_current->sectionTitle(section))
                                             : tr("%1 at %2").arg(ruleId, field);
    const auto comment = UserPrompts::askComment(this, subject);
    if (!comment)
        return;
    ReviewSession* session = m_current == m_offerForm ? m_offerReview : m_review;
    const QString failure = session->addComment(where, ruleId.toStdString(), comment->second, comment->first);
    if (!failure.isEmpty())
        UserPrompts::inform(this, QMessageBox::Critical, tr("Comment not saved"), failure);
}

bool MainWindow::exportReviewReport()
{
    return m_files->exportReviewReport();
}

bool MainWindow::compareWith(const QString& otherPath)
{
    return m_files->compareWith(otherPath);
}

bool MainWindow::offerRecovery()
{
    // Every snapshot in the folder is read once, for both document types.
    QList<UnreadableSnapshot> unreadable;
    const QList<RecoverySnapshot> snapshots = m_recovery->orphans(&unreadable);
    const bool listing = m_files->offerRecovery(snapshots, unreadable);
    const bool offer = m_offerFiles->offerRecovery(snapshots);
    return listing || offer;
}

bool MainWindow::save()
{
    return m_files->save();
}

bool MainWindow::saveAs()
{
    return m_files->saveAs();
}

SubmissionView* MainWindow::showSubmission()
{
    // Each document type's own view: what its export writes.
    SubmissionView* view = nullptr;
    if (m_current == m_offerForm) {
        if (!m_offerSubmissionView) {
            m_offerSubmissionView = new SubmissionView(
                m_offerDocument, [this] { return offerSubmission(*m_offerDocument); },
                [this](const std::string& pointer) { return m_offerForm->fieldLabel(pointer); }, this);
            m_offerSubmissionView->setObjectName(QStringLiteral("offerSubmissionView"));
            connect(
                m_offerSubmissionView, &SubmissionView::exportRequested, m_offerFiles, &OfferFiles::exportChangeSet);
        }
        view = m_offerSubmissionView;
    } else {
        if (!m_submissionView) {
            m_submissionView = new SubmissionView(
                m_document, [this] { return listingSubmission(*m_document); },
                [this](const std::string& pointer) { return m_form->fieldLabel(pointer); }, this);
            connect(m_submissionView, &SubmissionView::exportRequested, this, &MainWindow::exportSubmission);
        }
        view = m_submissionView;
    }
    view->refresh();
    view->exportButton()->setEnabled(!m_reviewMode);
    view->show();
    view->raise();
    view->activateWindow();
    return view;
}

bool MainWindow::exportSubmission()
{
    return m_files->exportSubmission();
}

bool MainWindow::exportUpdateAgainst(const QString& acceptedPath)
{
    return m_files->exportUpdateAgainst(acceptedPath);
}

bool MainWindow::maybeSave()
{
    return m_files->maybeSave();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (maybeSave() && m_offerFiles->maybeSave()) {
        writeSettings();
        m_recovery->discard(); // a clean exit leaves nothing to recover
        m_offerRecovery->discard();
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
    // Saved apart from the state: the welcome page hides the panels, which
    // must not make them hidden for good.
    const QVariant saved = settings.value(QStringLiteral("window/panelsVisible"));
    for (QDockWidget* panel : documentPanels()) {
        // Without the list (a first start, or settings from before it): Problems only, as it was.
        const bool wanted = saved.isValid()
            ? saved.toStringList().contains(panel->objectName())
            : (panel == m_problemsDock && settings.value(QStringLiteral("window/problemsVisible"), true).toBool());
        m_panelWanted[panel] = wanted;
        panel->setVisible(wanted && !isWelcomeShown());
    }
}

void MainWindow::writeSettings()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    QStringList shown;
    for (QDockWidget* panel : documentPanels())
        if (isWelcomeShown() ? m_panelWanted.value(panel) : !panel->isHidden())
            shown << panel->objectName();
    settings.setValue(QStringLiteral("window/panelsVisible"), shown);
}

} // namespace proserv
