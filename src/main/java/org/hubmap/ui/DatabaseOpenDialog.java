package org.hubmap.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.hubmap.store.DatabaseAddress;
import org.hubmap.store.DatabaseStorage;
import org.hubmap.store.SharedLayout;
import org.hubmap.store.SharedStore;
import org.hubmap.store.StoreException;
import org.hubmap.ui.map.DaemonThreadFactory;

/**
 * File ▸ Open from Database: where the shared store is (host, port, database, user, an optional password and the
 * TLS mode), its layouts listed once connected, and one of them opened as a layer. Connecting and listing run in
 * the background; every failure is said in the dialog in the store's own words, and a server that wants a password
 * puts the cursor in the password field. The last place connected to is kept, never its password.
 */
final class DatabaseOpenDialog {
    static final List<String> SSL_MODES = List.of("disable", "allow", "prefer", "require", "verify-ca",
            "verify-full");
    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private final Stage stage = new Stage();
    private final Preferences kept;
    private final Consumer<DatabaseStorage> open;
    private final ExecutorService work = Executors.newSingleThreadExecutor(new DaemonThreadFactory("store-list"));
    final TextField host = new TextField();
    final TextField port = new TextField();
    final TextField database = new TextField();
    final TextField user = new TextField();
    final PasswordField password = new PasswordField();
    final ChoiceBox<String> sslMode = new ChoiceBox<>();
    final Button connect = new Button("Connect");
    final Button openButton = new Button("Open");
    final TableView<SharedLayout> layouts = new TableView<>();
    final Label message = new Label();
    private final ProgressIndicator connecting = new ProgressIndicator();
    /** The address the listed layouts are from. */
    private DatabaseAddress listedFrom;
    /** Counts connections asked for, so that an answer to an earlier one is dropped. */
    private int attempt;

    /**
     * @param kept where the last place connected to is kept
     * @param open told of the layout chosen, which it opens
     */
    DatabaseOpenDialog(Window owner, Preferences kept, Consumer<DatabaseStorage> open) {
        this.kept = kept;
        this.open = open;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Open from Database");

        host.setId("db-host");
        port.setId("db-port");
        database.setId("db-database");
        user.setId("db-user");
        password.setId("db-password");
        sslMode.setId("db-sslmode");
        connect.setId("db-connect");
        openButton.setId("db-open");
        layouts.setId("db-layouts");
        message.setId("db-message");
        host.setText(kept.get("host", "localhost"));
        port.setText(kept.get("port", "5432"));
        database.setText(kept.get("database", "hubmap"));
        user.setText(kept.get("user", System.getProperty("user.name", "")));
        password.setPromptText("optional");
        password.setTooltip(new Tooltip("Leave it empty to use ~/.pgpass or PGPASSWORD; it is never kept"));
        sslMode.getItems().setAll(SSL_MODES);
        sslMode.setValue(kept.get("sslmode", "prefer"));
        sslMode.setTooltip(new Tooltip("How the connection uses TLS, as libpq's sslmode: prefer uses it when the"
                + " server offers it; verify-full also checks the server's certificate and name"));
        port.setPrefColumnCount(6);

        GridPane place = new GridPane();
        place.setHgap(8);
        place.setVgap(6);
        ColumnConstraints captions = new ColumnConstraints();
        captions.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        place.getColumnConstraints().addAll(captions, values, captions, values);
        place.addRow(0, new Label("Host"), host, new Label("Port"), port);
        place.addRow(1, new Label("Database"), database, new Label("TLS (sslmode)"), sslMode);
        place.addRow(2, new Label("User"), user, new Label("Password"), password);

        connecting.setVisible(false);
        connecting.setPrefSize(18, 18);
        connect.setDefaultButton(true);
        connect.setOnAction(e -> connect());
        HBox connectRow = new HBox(8, connect, connecting);
        connectRow.setAlignment(Pos.CENTER_LEFT);

        message.setWrapText(true);
        message.managedProperty().bind(message.textProperty().isEmpty().not());
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.getStyleClass().add("db-message");

        layouts.setPlaceholder(new Label("Connect to list the layouts the database holds."));
        layouts.getColumns().setAll(List.of(
                column("Layout", 220, layout -> layout.name()),
                numberColumn(column("Features", 80, layout -> Long.toString(layout.features()))),
                column("Last change", 140, layout -> layout.lastChanged().map(LOCAL_TIME::format).orElse("—")),
                column("By", 120, layout -> layout.lastChangedBy().orElse("—"))));
        layouts.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        layouts.setPrefHeight(220);
        layouts.setRowFactory(table -> {
            TableRow<SharedLayout> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    openChosen();
                }
            });
            return row;
        });
        layouts.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && layouts.getSelectionModel().getSelectedItem() != null) {
                openChosen();
            }
        });
        VBox.setVgrow(layouts, Priority.ALWAYS);

        openButton.setOnAction(e -> openChosen());
        openButton.disableProperty().bind(layouts.getSelectionModel().selectedItemProperty().isNull());
        Button cancel = new Button("Cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> close());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, gap, openButton, cancel);

        VBox root = new VBox(10, place, connectRow, message, layouts, buttons);
        root.setPadding(new Insets(14));
        root.getStyleClass().add("database-open-dialog");
        Scene scene = new Scene(root, 640, 480);
        scene.getStylesheets().add(DatabaseOpenDialog.class.getResource("/org/hubmap/ui/hubmap.css")
                .toExternalForm());
        stage.setScene(scene);
        stage.setMinWidth(520);
        stage.setMinHeight(400);
        stage.setOnHidden(e -> work.shutdownNow());
    }

    void show() {
        stage.show();
        (host.getText().isBlank() ? host : connect).requestFocus();
    }

    Stage stage() {
        return stage;
    }

    private void close() {
        stage.hide();
    }

    /** The address the fields give, or a message saying which field is wrong. */
    private DatabaseAddress address() {
        String hostName = host.getText().strip();
        if (hostName.isEmpty()) {
            throw new IllegalArgumentException("Host: give the server's name or address, such as db.example.org");
        }
        int portNumber;
        try {
            portNumber = Integer.parseInt(port.getText().strip());
        } catch (NumberFormatException e) {
            portNumber = 0;
        }
        if (portNumber < 1 || portNumber > 65535) {
            throw new IllegalArgumentException("Port: '" + port.getText().strip() + "' is not a port number from 1"
                    + " to 65535; PostgreSQL's is usually 5432");
        }
        if (database.getText().isBlank()) {
            throw new IllegalArgumentException("Database: give the name of the database that holds the layouts");
        }
        if (user.getText().isBlank()) {
            throw new IllegalArgumentException("User: give the name you log in to the database with");
        }
        String typed = password.getText();
        return new DatabaseAddress(hostName, portNumber, database.getText().strip(), user.getText().strip(),
                typed.isEmpty() ? null : typed, Map.of("sslmode", sslMode.getValue()));
    }

    /** Connects in the background and lists the layouts, or says why it cannot. */
    void connect() {
        DatabaseAddress address;
        try {
            address = address();
        } catch (IllegalArgumentException e) {
            say(e.getMessage(), true);
            return;
        }
        int mine = ++attempt;
        say("Connecting to " + address.host() + ":" + address.port() + "…", false);
        connecting.setVisible(true);
        layouts.getItems().clear();
        CompletableFuture.supplyAsync(() -> list(address), work).whenComplete((found, problem) ->
                Platform.runLater(() -> {
                    if (mine != attempt) {
                        return;
                    }
                    connecting.setVisible(false);
                    Throwable cause = problem == null ? null : problem.getCause() != null ? problem.getCause()
                            : problem;
                    if (cause instanceof StoreException store) {
                        say(store.getMessage(), true);
                        if (store.reason() == StoreException.Reason.PASSWORD_NEEDED
                                || store.reason() == StoreException.Reason.REFUSED && !password.getText().isEmpty()) {
                            password.requestFocus();
                            password.selectAll();
                        }
                    } else if (cause != null) {
                        say("Could not list the layouts at " + address.host() + ":" + address.port() + ": "
                                + cause.getMessage(), true);
                    } else {
                        remember(address);
                        listedFrom = address;
                        layouts.getItems().setAll(found);
                        say(found.isEmpty() ? "The database holds no layouts yet; hubmap db push puts one there."
                                : found.size() + (found.size() == 1 ? " layout" : " layouts") + " in "
                                + address.database() + " at " + address.host() + ". Choose one and Open.", false);
                        if (!found.isEmpty()) {
                            layouts.getSelectionModel().selectFirst();
                            layouts.requestFocus();
                        }
                    }
                }));
    }

    private static List<SharedLayout> list(DatabaseAddress address) {
        try (SharedStore store = SharedStore.connect(address)) {
            return store.layouts();
        } catch (StoreException e) {
            throw new java.util.concurrent.CompletionException(e);
        }
    }

    private void openChosen() {
        SharedLayout chosen = layouts.getSelectionModel().getSelectedItem();
        if (chosen == null || listedFrom == null) {
            return;
        }
        close();
        open.accept(DatabaseStorage.of(listedFrom, chosen.name()));
    }

    /** Keeps where it connected, for the next time; never the password. */
    private void remember(DatabaseAddress address) {
        kept.put("host", address.host());
        kept.put("port", Integer.toString(address.port()));
        kept.put("database", address.database());
        kept.put("user", address.user());
        kept.put("sslmode", sslMode.getValue());
    }

    private void say(String text, boolean problem) {
        message.setText(text);
        message.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("problem"), problem);
    }

    private static TableColumn<SharedLayout, String> numberColumn(TableColumn<SharedLayout, String> column) {
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        return column;
    }

    private static TableColumn<SharedLayout, String> column(String title, double width,
            java.util.function.Function<SharedLayout, String> value) {
        TableColumn<SharedLayout, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }
}
