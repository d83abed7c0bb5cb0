package fr.portailfamilles.gateway.pages;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The town whose portal this is, as shown in the header of every page.
 *
 * @param name    e.g. « Ville de Carcans »
 * @param service the town's department that runs the activities
 */
@ConfigurationProperties("portail.commune")
record Town(@DefaultValue("Ville de Carcans") String name,
            @DefaultValue("Service Enfance Jeunesse") String service) {
}
