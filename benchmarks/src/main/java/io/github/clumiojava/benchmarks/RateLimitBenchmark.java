package io.github.clumiojava.benchmarks;

import io.github.clumiojava.dynamodb.DynamoDbBackupClient;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The throughput experiment at Clumio's rate limit: not a JMH benchmark but a plain main class,
 * since what it measures (goodput, extra requests, 429s, the slowest call) is a property of one
 * burst against a server, not of a repeated operation. For each scenario it starts a fresh
 * {@link RateLimitedServer} (100 requests per second, burst 100, 429 with {@code Retry-After: 1}
 * beyond), fires every client's calls at once, and waits for all of them. It prints one table
 * row per scenario (Markdown), the failures by kind and each client's counts, and writes the
 * send rate of every scenario over time as a PNG and a CSV.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.clumiojava.benchmarks.RateLimitBenchmark \
 *     [--plot PNG] [--csv CSV] [--only 1,2,...]
 * </pre>
 */
public final class RateLimitBenchmark {
  static final int LIMIT_PER_SECOND = 100;
  static final int BURST = 100;
  private static final long WORKER_LIMIT_MINUTES = 6;

  /**
   * One scenario: clients with the same settings sharing the server.
   *
   * @param name its name in the table
   * @param settings the settings of each client
   * @param clients how many clients
   * @param callsPerClient the calls each client fires at once
   * @param separateJvms whether each client runs in a JVM of its own
   */
  record Scenario(String name, ClientSettings settings, int clients, int callsPerClient, boolean separateJvms) {}

  static final List<Scenario> SCENARIOS = List.of(
      new Scenario("1. default (adaptive)", ClientSettings.DEFAULTS, 1, 3_000, false),
      new Scenario("2. adaptive off", ClientSettings.ADAPTIVE_OFF, 1, 3_000, false),
      new Scenario("3. static maxRequestsPerSecond(100)", ClientSettings.STATIC_100, 1, 3_000, false),
      new Scenario("4. three adaptive clients, one JVM", ClientSettings.DEFAULTS, 3, 1_000, false),
      new Scenario("5. three adaptive clients, three JVMs", ClientSettings.DEFAULTS, 3, 1_000, true));

  /**
   * What one client did and sent.
   *
   * @param token its bearer token (its name at the server)
   * @param burst how its calls ended
   * @param sent what the server received from it
   */
  record ClientOutcome(String token, BurstResult burst, RateLimitedServer.ClientCounts sent) {}

  /**
   * A scenario's outcome.
   *
   * @param scenario the scenario
   * @param clients each client's
   * @param timeline what the server received over time
   */
  record Outcome(Scenario scenario, List<ClientOutcome> clients, SendRateTimeline timeline) {
    long calls() {
      return clients.stream().mapToLong(c -> c.burst().calls()).sum();
    }

    long successes() {
      return clients.stream().mapToLong(c -> c.burst().successes()).sum();
    }

    long failures() {
      return clients.stream().mapToLong(c -> c.burst().failures()).sum();
    }

    long requests() {
      return clients.stream().mapToLong(c -> c.sent().requests()).sum();
    }

    long throttled() {
      return clients.stream().mapToLong(c -> c.sent().throttled()).sum();
    }

    /** From the first call to the last call's end, over all clients. */
    double elapsedSeconds() {
      return clients.stream().mapToLong(c -> c.burst().elapsedNanos()).max().orElse(0) / 1e9;
    }

    double slowestSeconds() {
      return clients.stream().mapToLong(c -> c.burst().slowestNanos()).max().orElse(0) / 1e9;
    }

    double goodput() {
      return successes() / elapsedSeconds();
    }

    double extraRequestsPercent() {
      return (requests() - calls()) * 100.0 / calls();
    }

    Map<String, Long> failureKinds() {
      Map<String, Long> kinds = new TreeMap<>();
      clients.forEach(c -> c.burst().failureKinds().forEach((kind, n) -> kinds.merge(kind, n, Long::sum)));
      return kinds;
    }

    /**
     * Each client's share of the requests the server admitted while every client still had calls
     * left (from the start to the first client's last call), in percent, in client order. (Of the
     * successes over the whole run, each client that completes all its calls has its calls' share.)
     */
    String sharesWhileAllBusy() {
      if (clients.size() == 1) {
        return "100%";
      }
      long firstDoneNanos = clients.stream().mapToLong(c -> c.burst().elapsedNanos()).min().orElse(0);
      int buckets = (int) (firstDoneNanos / (SendRateTimeline.BUCKET_MILLIS * 1_000_000L));
      long all = clients.stream().mapToLong(c -> timeline.admittedBy(c.token(), buckets)).sum();
      return clients.stream()
          .map(c -> all == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", timeline.admittedBy(c.token(), buckets) * 100.0 / all))
          .collect(Collectors.joining(" / "));
    }
  }

  private RateLimitBenchmark() {}

  /**
   * Runs the scenarios.
   *
   * @param args {@code --plot PNG} (default {@code benchmarks/target/rate-limit-send-rate.png}),
   *     {@code --csv CSV} (default {@code benchmarks/target/rate-limit-send-rate.csv}), {@code
   *     --only 1,3} (only these scenarios)
   * @throws Exception if a scenario cannot run
   */
  public static void main(String[] args) throws Exception {
    Path plot = Path.of("benchmarks/target/rate-limit-send-rate.png");
    Path csv = Path.of("benchmarks/target/rate-limit-send-rate.csv");
    List<Scenario> scenarios = SCENARIOS;
    for (int i = 0; i < args.length; i += 2) {
      String value = i + 1 < args.length ? args[i + 1] : null;
      if (value == null) {
        throw new IllegalArgumentException(args[i] + " needs a value");
      }
      switch (args[i]) {
        case "--plot" -> plot = Path.of(value);
        case "--csv" -> csv = Path.of(value);
        case "--only" -> scenarios = Arrays.stream(value.split(",")).map(n -> SCENARIOS.get(Integer.parseInt(n.strip()) - 1))
            .toList();
        default -> throw new IllegalArgumentException("unknown option " + args[i] + "; use --plot, --csv or --only");
      }
    }
    System.out.printf(Locale.ROOT, "Rate limit: %d requests/s, burst %d, 429 with Retry-After: %d beyond it. "
            + "Java %s, %d processors.%n%n", LIMIT_PER_SECOND, BURST, RateLimitedServer.RETRY_AFTER_SECONDS,
        System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
    scenarios.stream().map(Scenario::settings).distinct().forEach(ClientSettings::warmUp);
    List<Outcome> outcomes = new ArrayList<>();
    for (Scenario scenario : scenarios) {
      System.err.println("running " + scenario.name() + " ...");
      outcomes.add(run(scenario));
    }
    report(outcomes);
    SendRatePlot.write(outcomes.stream().map(o -> new SendRatePlot.Panel(o.scenario().name(), o.timeline())).toList(),
        LIMIT_PER_SECOND, plot);
    writeCsv(outcomes, csv);
    System.out.println();
    System.out.println("Plot: " + plot + "; send rate per 100 ms: " + csv);
  }

  private static Outcome run(Scenario scenario) throws IOException, InterruptedException {
    byte[] body = Backups.typical();
    SendRateTimeline timeline = new SendRateTimeline();
    List<String> tokens = new ArrayList<>();
    for (int i = 1; i <= scenario.clients(); i++) {
      tokens.add("client-" + i);
    }
    try (RateLimitedServer server = RateLimitedServer.start(LIMIT_PER_SECOND, BURST, id -> body, timeline)) {
      List<BurstResult> bursts = scenario.separateJvms()
          ? inSeparateJvms(scenario, server.baseUrl(), tokens, timeline)
          : inThisJvm(scenario, server.baseUrl(), tokens, timeline);
      Map<String, RateLimitedServer.ClientCounts> sent = server.clients();
      List<ClientOutcome> clients = new ArrayList<>();
      for (int i = 0; i < tokens.size(); i++) {
        clients.add(new ClientOutcome(tokens.get(i), bursts.get(i),
            sent.getOrDefault(tokens.get(i), new RateLimitedServer.ClientCounts(0, 0))));
      }
      return new Outcome(scenario, clients, timeline);
    }
  }

  private static List<BurstResult> inThisJvm(Scenario scenario, String baseUrl, List<String> tokens,
      SendRateTimeline timeline) throws InterruptedException {
    List<DynamoDbBackupClient> clients = tokens.stream().map(token -> scenario.settings().build(baseUrl, token)).toList();
    ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
    try {
      timeline.startNow();
      sampler.scheduleAtFixedRate(() -> timeline.sampleAllowedRate(allowedRate(clients)), 0,
          SendRateTimeline.BUCKET_MILLIS, TimeUnit.MILLISECONDS);
      List<CallBurst> bursts = CallBurst.fire(clients, scenario.callsPerClient());
      List<BurstResult> results = new ArrayList<>();
      for (CallBurst burst : bursts) {
        results.add(burst.await());
      }
      return results;
    } finally {
      sampler.shutdownNow();
      clients.forEach(DynamoDbBackupClient::close);
    }
  }

  /** The clients' adaptive rates added up, or NaN when none limits itself. */
  private static double allowedRate(List<DynamoDbBackupClient> clients) {
    double sum = 0;
    boolean any = false;
    for (DynamoDbBackupClient client : clients) {
      OptionalDouble rate = client.adaptiveRateLimit();
      if (rate.isPresent()) {
        sum += rate.getAsDouble();
        any = true;
      }
    }
    return any ? sum : Double.NaN;
  }

  /** Starts one {@link RateLimitWorker} per client, waits until all are ready, then says go. */
  private static List<BurstResult> inSeparateJvms(Scenario scenario, String baseUrl, List<String> tokens,
      SendRateTimeline timeline) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<Process> workers = new ArrayList<>();
    try {
      List<BufferedReader> outputs = new ArrayList<>();
      for (String token : tokens) {
        Process worker = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
            RateLimitWorker.class.getName(), baseUrl, token, String.valueOf(scenario.callsPerClient()),
            scenario.settings().name())
            .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        workers.add(worker);
        outputs.add(new BufferedReader(new InputStreamReader(worker.getInputStream(), StandardCharsets.UTF_8)));
      }
      for (BufferedReader output : outputs) {
        expectLine(output, "ready");
      }
      timeline.startNow();
      for (Process worker : workers) {
        OutputStream in = worker.getOutputStream();
        in.write("go\n".getBytes(StandardCharsets.UTF_8));
        in.flush();
      }
      List<BurstResult> results = new ArrayList<>();
      for (BufferedReader output : outputs) {
        String line = output.readLine();
        if (line == null) {
          throw new IllegalStateException("a worker JVM ended without a result (its stderr is above)");
        }
        results.add(BurstResult.parse(line));
      }
      for (Process worker : workers) {
        if (!worker.waitFor(WORKER_LIMIT_MINUTES, TimeUnit.MINUTES) || worker.exitValue() != 0) {
          throw new IllegalStateException("a worker JVM did not end cleanly");
        }
      }
      return results;
    } finally {
      workers.forEach(Process::destroy);
    }
  }

  private static void expectLine(BufferedReader output, String expected) throws IOException {
    String line = output.readLine();
    if (!expected.equals(line)) {
      throw new IllegalStateException("a worker JVM said " + line + " instead of " + expected + " (its stderr is above)");
    }
  }

  private static void report(List<Outcome> outcomes) {
    System.out.println("| Scenario | Calls | Succeeded | Failed | Time (s) | Goodput (successes/s) | Requests sent "
        + "| Extra requests | 429s | Slowest call (s) | Peak send rate (/s, 100 ms) | Share per client while all were busy |");
    System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
    for (Outcome o : outcomes) {
      System.out.printf(Locale.ROOT, "| %s | %,d | %,d | %,d | %.1f | %.1f | %,d | %.1f%% | %,d | %.1f | %,d | %s |%n",
          o.scenario().name(), o.calls(), o.successes(), o.failures(), o.elapsedSeconds(), o.goodput(),
          o.requests(), o.extraRequestsPercent(), o.throttled(), o.slowestSeconds(), o.timeline().peakSentPerSecond(),
          o.sharesWhileAllBusy());
    }
    System.out.println();
    for (Outcome o : outcomes) {
      System.out.println(o.scenario().name() + ":");
      if (!o.failureKinds().isEmpty()) {
        System.out.println("  failures: " + o.failureKinds());
      }
      for (ClientOutcome c : o.clients()) {
        System.out.printf(Locale.ROOT, "  %s: %,d calls, %,d succeeded, %,d requests, %,d of them 429, "
                + "slowest call %.1f s, last call ended after %.1f s%n",
            c.token(), c.burst().calls(), c.burst().successes(), c.sent().requests(), c.sent().throttled(),
            c.burst().slowestNanos() / 1e9, c.burst().elapsedNanos() / 1e9);
      }
    }
  }

  private static void writeCsv(List<Outcome> outcomes, Path csv) throws IOException {
    if (csv.toAbsolutePath().getParent() != null) {
      Files.createDirectories(csv.toAbsolutePath().getParent());
    }
    try (Writer file = Files.newBufferedWriter(csv, StandardCharsets.UTF_8); PrintWriter out = new PrintWriter(file)) {
      out.println("scenario,bucket_start_ms,sent,admitted,adaptive_rate_per_second");
      for (Outcome o : outcomes) {
        for (int i = 0; i < o.timeline().length(); i++) {
          double allowed = o.timeline().allowedPerSecond(i);
          out.printf(Locale.ROOT, "\"%s\",%d,%d,%d,%s%n", o.scenario().name(), i * SendRateTimeline.BUCKET_MILLIS,
              o.timeline().sent(i), o.timeline().admitted(i),
              Double.isNaN(allowed) ? "" : String.format(Locale.ROOT, "%.1f", allowed));
        }
      }
    }
  }
}
