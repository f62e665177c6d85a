package bench.bare;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.annotation.security.PermitAll;
import jakarta.persistence.Entity;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;

/** One entity and one endpoint: enough for every extension to start as it does in the tracker. */
@Path("/hello")
public class Hello {

    @Entity
    public static class Greeting extends PanacheEntity {
        public String text;
    }

    public record View(long id, String text) {
    }

    @GET
    @PermitAll
    public List<View> list() {
        return Greeting.<Greeting>listAll().stream().map(g -> new View(g.id, g.text)).toList();
    }
}
