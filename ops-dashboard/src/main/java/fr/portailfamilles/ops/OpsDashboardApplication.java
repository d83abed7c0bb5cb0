package fr.portailfamilles.ops;

import de.codecentric.boot.admin.server.config.EnableAdminServer;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Spring Boot Admin watching every service of the portal, found through a static service list. */
@SpringBootApplication
@EnableAdminServer
public class OpsDashboardApplication {

    public static void main(String[] args) {
        SpringApplication.run(OpsDashboardApplication.class, args);
    }
}
