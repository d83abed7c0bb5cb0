package fr.portailfamilles.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The MongoDB commands each service sent during the run, per collection and command, with their
 * mean time as the service saw it (the MongoDB driver's command timer on each service's
 * {@code /actuator/prometheus}): how much the run asks of the database, and how long the database
 * made each command wait. A service whose metrics cannot be read is left out.
 */
final class DatabaseCommands {

    /** One kind of command: its count and total seconds so far. */
    record Tally(String service, String collection, String command, double count, double seconds) {
    }

    private static final Pattern TIMER = Pattern.compile(
            "^mongodb_driver_commands_seconds_(count|sum)\\{(.*)} ([0-9.eE+-]+)$", Pattern.MULTILINE);
    private static final Pattern LABEL = Pattern.compile("(\\w+)=\"([^\"]*)\"");

    private final List<String> metricsUrls;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    DatabaseCommands(List<String> metricsUrls) {
        this.metricsUrls = metricsUrls;
    }

    /** The services' tallies now, by service, collection and command. */
    Map<String, Tally> sample() {
        Map<String, Tally> tallies = new HashMap<>();
        for (String url : metricsUrls) {
            String page = read(url);
            if (page != null) {
                add(page, tallies);
            }
        }
        return tallies;
    }

    /** What happened between two samples, the most frequent first. */
    static List<Tally> between(Map<String, Tally> before, Map<String, Tally> after) {
        List<Tally> during = new ArrayList<>();
        after.forEach((key, now) -> {
            Tally then = before.get(key);
            double count = now.count() - (then == null ? 0 : then.count());
            if (count > 0) {
                during.add(new Tally(now.service(), now.collection(), now.command(), count,
                        now.seconds() - (then == null ? 0 : then.seconds())));
            }
        });
        during.sort(Comparator.comparingDouble(Tally::count).reversed());
        return during;
    }

    /** Adds the page's command timers to {@code tallies} (the driver tags them by outcome too: summed). */
    static void add(String page, Map<String, Tally> tallies) {
        Matcher timer = TIMER.matcher(page);
        while (timer.find()) {
            Map<String, String> labels = new HashMap<>();
            Matcher label = LABEL.matcher(timer.group(2));
            while (label.find()) {
                labels.put(label.group(1), label.group(2));
            }
            String service = labels.getOrDefault("application", "?");
            String collection = labels.getOrDefault("collection", "?");
            String command = labels.getOrDefault("command", "?");
            double value = Double.parseDouble(timer.group(3));
            boolean count = "count".equals(timer.group(1));
            tallies.merge(service + " " + collection + " " + command,
                    new Tally(service, collection, command, count ? value : 0, count ? 0 : value),
                    (a, b) -> new Tally(a.service(), a.collection(), a.command(), a.count() + b.count(),
                            a.seconds() + b.seconds()));
        }
    }

    private String read(String url) {
        try {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return answer.statusCode() == 200 ? answer.body() : null;
        } catch (IOException | IllegalArgumentException unreachable) {
            return null; // not running, or not a URL: left out, and the report says so if none answered
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
