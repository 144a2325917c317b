package dev.faultline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.model.Event;
import dev.faultline.model.TimelineModel;
import dev.faultline.timeline.NovemberModel;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class EventListPaneTest {

    private final TimelineModel model = NovemberModel.build();
    private final AppState state = new AppState(model);
    private EventListPane pane;

    @Start
    void start(Stage stage) {
        pane = new EventListPane(state);
        // About three rows high: as short as the list gets on a small screen.
        stage.setScene(new Scene(pane, 320, 130));
        stage.show();
    }

    private void assertRowWhollyVisible(String id, FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Node cell = robot.lookup("#event-cell-" + id).query();
        Node list = robot.lookup("#event-list-view").query();
        Bounds row = cell.localToScene(cell.getBoundsInLocal());
        Bounds view = list.localToScene(list.getBoundsInLocal());
        assertThat(row.getMinY()).as("top of %s", id).isGreaterThanOrEqualTo(view.getMinY());
        assertThat(row.getMaxY()).as("bottom of %s", id).isLessThanOrEqualTo(view.getMaxY());
    }

    @Test
    void selectingAnEventElsewhereScrollsItsRowFullyIntoView(FxRobot robot) {
        List<String> ids = model.events().stream().map(Event::id).toList();
        for (String id : List.of(ids.get(ids.size() - 1), ids.get(0), ids.get(6), ids.get(7), ids.get(9),
                ids.get(3))) {
            robot.interact(() -> state.selectEvent(id));
            assertRowWhollyVisible(id, robot);
        }
    }
}
