package io.github.clumiojava.benchmarks;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * Draws the send rate of each scenario over time as a PNG, one panel per scenario, on a common
 * time axis: per 100 ms, the requests the server admitted (green) and refused with 429 (red,
 * stacked on top, so the top edge is everything sent), in requests per second, with the limit as
 * a dashed line and, where it was sampled, the rate the clients' adaptive limiting allowed itself
 * (blue; the clients' rates added up). Java2D, headless.
 */
final class SendRatePlot {
  private static final int WIDTH = 1100;
  private static final int PANEL_HEIGHT = 190;
  private static final int LEFT = 70;
  private static final int RIGHT = 20;
  private static final int TOP = 28;
  private static final int BOTTOM = 34;
  private static final int LEGEND_HEIGHT = 26;
  /** The height of the y axis, in limits: higher bars are clipped and marked. */
  private static final int Y_LIMITS = 3;
  private static final Color ADMITTED = new Color(0x2e, 0x9e, 0x4f);
  private static final Color THROTTLED = new Color(0xd6, 0x3b, 0x3b);
  private static final Color ALLOWED = new Color(0x1f, 0x5f, 0xbf);

  /**
   * One panel.
   *
   * @param title what the panel shows
   * @param timeline what the server received
   */
  record Panel(String title, SendRateTimeline timeline) {}

  private SendRatePlot() {}

  /**
   * Writes the plot.
   *
   * @param panels the scenarios, top to bottom
   * @param limitPerSecond the server's limit, drawn as a dashed line
   * @param png where to write it; its directory is created if missing
   * @throws IOException if it cannot be written
   */
  static void write(List<Panel> panels, int limitPerSecond, Path png) throws IOException {
    System.setProperty("java.awt.headless", "true");
    int buckets = panels.stream().mapToInt(p -> p.timeline().length()).max().orElse(1);
    int seconds = Math.max(5, (int) Math.ceil(buckets * SendRateTimeline.BUCKET_MILLIS / 1000.0 / 5) * 5);
    BufferedImage image = new BufferedImage(WIDTH, LEGEND_HEIGHT + PANEL_HEIGHT * panels.size(),
        BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, image.getWidth(), image.getHeight());
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    legend(g, LEFT, 8);
    for (int i = 0; i < panels.size(); i++) {
      drawPanel(g, panels.get(i), LEGEND_HEIGHT + i * PANEL_HEIGHT, seconds, limitPerSecond);
    }
    g.dispose();
    if (png.toAbsolutePath().getParent() != null) {
      Files.createDirectories(png.toAbsolutePath().getParent());
    }
    if (!ImageIO.write(image, "png", png.toFile())) {
      throw new IOException("no PNG writer in this JDK");
    }
  }

  private static void drawPanel(Graphics2D g, Panel panel, int top, int seconds, int limit) {
    SendRateTimeline timeline = panel.timeline();
    int perSecond = 1000 / SendRateTimeline.BUCKET_MILLIS;
    int peak = timeline.peakSentPerSecond();
    int yMax = limit * Y_LIMITS;
    int plotTop = top + TOP;
    int plotHeight = PANEL_HEIGHT - TOP - BOTTOM;
    int plotWidth = WIDTH - LEFT - RIGHT;
    double bucketWidth = plotWidth / (seconds * (double) perSecond);

    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
    g.setColor(Color.BLACK);
    g.drawString(panel.title() + String.format(Locale.ROOT, "   (peak %,d requests/s in a 100 ms bucket%s)", peak,
        peak > yMax ? "; higher bars clipped, marked black at the top" : ""), LEFT, top + 18);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    for (int i = 0; i < timeline.length(); i++) {
      int x = LEFT + (int) Math.round(i * bucketWidth);
      int w = Math.max(1, (int) Math.round((i + 1) * bucketWidth) - (x - LEFT));
      int admittedHeight = height(timeline.admitted(i) * perSecond, yMax, plotHeight);
      int sentHeight = height(timeline.sent(i) * perSecond, yMax, plotHeight);
      g.setColor(THROTTLED);
      g.fillRect(x, plotTop + plotHeight - sentHeight, w, sentHeight - admittedHeight);
      g.setColor(ADMITTED);
      g.fillRect(x, plotTop + plotHeight - admittedHeight, w, admittedHeight);
      if (timeline.sent(i) * perSecond > yMax) {
        g.setColor(Color.BLACK);
        g.fillRect(x, plotTop, w, 3);
      }
    }
    g.setColor(ALLOWED);
    g.setStroke(new BasicStroke(2));
    int lastX = -1;
    int lastY = -1;
    for (int i = 0; i < timeline.length(); i++) {
      double allowed = timeline.allowedPerSecond(i);
      if (Double.isNaN(allowed)) {
        lastX = -1;
        continue;
      }
      int x = LEFT + (int) Math.round((i + 0.5) * bucketWidth);
      int y = plotTop + plotHeight - height((int) Math.round(allowed), yMax, plotHeight);
      if (lastX >= 0) {
        g.drawLine(lastX, lastY, x, y);
      }
      lastX = x;
      lastY = y;
    }
    g.setStroke(new BasicStroke(1));
    g.setColor(Color.GRAY);
    g.drawRect(LEFT, plotTop, plotWidth, plotHeight);
    for (int tick = 0; tick <= 4; tick++) {
      int value = yMax * tick / 4;
      int y = plotTop + plotHeight - height(value, yMax, plotHeight);
      g.drawLine(LEFT - 4, y, LEFT, y);
      String label = String.format(Locale.ROOT, "%,d/s", value);
      g.drawString(label, LEFT - 8 - g.getFontMetrics().stringWidth(label), y + 4);
    }
    int step = seconds <= 30 ? 5 : 10;
    for (int s = 0; s <= seconds; s += step) {
      int x = LEFT + (int) Math.round(s * perSecond * bucketWidth);
      g.drawLine(x, plotTop + plotHeight, x, plotTop + plotHeight + 4);
      String label = s + " s";
      g.drawString(label, x - g.getFontMetrics().stringWidth(label) / 2, plotTop + plotHeight + 16);
    }
    g.setColor(Color.BLACK);
    g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {6, 4}, 0));
    int limitY = plotTop + plotHeight - height(limit, yMax, plotHeight);
    g.drawLine(LEFT, limitY, LEFT + plotWidth, limitY);
    g.setStroke(new BasicStroke(1));
    g.drawString("limit " + limit + "/s", LEFT + plotWidth - 70, limitY - 4);
  }

  private static void legend(Graphics2D g, int x, int y) {
    g.setColor(ADMITTED);
    g.fillRect(x, y, 12, 12);
    g.setColor(Color.BLACK);
    g.drawString("admitted (200)", x + 16, y + 11);
    g.setColor(THROTTLED);
    g.fillRect(x + 120, y, 12, 12);
    g.setColor(Color.BLACK);
    g.drawString("refused (429), per 100 ms, as /s", x + 136, y + 11);
    g.setColor(ALLOWED);
    g.fillRect(x + 330, y + 4, 14, 3);
    g.setColor(Color.BLACK);
    g.drawString("adaptive rate (clients added up)", x + 348, y + 11);
  }

  private static int height(int value, int max, int plotHeight) {
    return (int) Math.round(Math.min(value, max) * (double) plotHeight / max);
  }
}
