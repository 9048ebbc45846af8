package io.github.clumiojava.it;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.clumiojava.ClumioApiException;
import io.github.clumiojava.ClumioTransportException;
import io.github.clumiojava.dynamodb.DynamoDbBackupClient;
import io.github.clumiojava.dynamodb.DynamoDbBackupClientBuilder;
import io.github.clumiojava.testsupport.OpenApiConformance;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** TLS trust, redirects, proxies and an application's own OkHttpClient. */
class TransportSecurityTest {
  private static final String TOKEN = "transport-token-51d0";
  private static final String PATH = "/backups/aws/dynamodb-tables/b-1";
  private static final String BACKUP = "{\"id\":\"b-1\",\"table_name\":\"orders\"}";
  private static final Path KEYSTORE = copyKeystore();

  @RegisterExtension
  static WireMockExtension https = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort().dynamicHttpsPort().keystorePath(KEYSTORE.toString())
          .keystorePassword("changeit").keyManagerPassword("changeit").keystoreType("PKCS12"))
      .build();

  @RegisterExtension
  static WireMockExtension api = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @RegisterExtension
  static WireMockExtension other = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort().enableBrowserProxying(true)).build();

  @AfterEach
  void exchangesWithTheApiConformToTheSpec() {
    assertThat(OpenApiConformance.violations(api.getAllServeEvents(), true, "")).isEmpty();
  }

  private static DynamoDbBackupClientBuilder client(String baseUrl) {
    return DynamoDbBackupClient.builder().baseUrl(baseUrl).apiToken(TOKEN).maxAttempts(1);
  }

  private static String httpsUrl() {
    return "https://localhost:" + https.getRuntimeInfo().getHttpsPort();
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder backup() {
    return aResponse().withStatus(200).withHeader("Content-Type", WireMockTestBase.MEDIA_TYPE).withBody(BACKUP);
  }

  @Test
  void aSelfSignedCertificateIsRefusedByDefaultSayingWhy() {
    https.stubFor(get(urlPathEqualTo(PATH)).willReturn(backup()));

    try (DynamoDbBackupClient client = client(httpsUrl()).build()) {
      ClumioTransportException e = catchThrowableOfType(ClumioTransportException.class, () -> client.getBackup("b-1"));

      assertThat(e.getMessage()).contains("TLS failed").contains("not trusted").contains("sslContext(");
      assertThat(e.getCause()).isInstanceOf(SSLHandshakeException.class);
    }
  }

  @Test
  void theApplicationsOwnTrustIsAccepted() throws Exception {
    https.stubFor(get(urlPathEqualTo(PATH)).willReturn(backup()));
    X509TrustManager trust = trustManagerFor(KEYSTORE);
    SSLContext tls = SSLContext.getInstance("TLS");
    tls.init(null, new javax.net.ssl.TrustManager[] {trust}, null);

    try (DynamoDbBackupClient client = client(httpsUrl()).sslContext(tls, trust).build()) {
      assertThat(client.getBackup("b-1").tableName()).isEqualTo("orders");
    }
    https.verify(getRequestedFor(urlPathEqualTo(PATH)).withHeader("Authorization", equalTo("Bearer " + TOKEN)));
  }

  @Test
  void aRedirectToAnotherHostCarriesNoAuthorization() {
    other.stubFor(get(urlPathEqualTo(PATH)).willReturn(backup()));
    api.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(307)
        .withHeader("Location", "http://127.0.0.1:" + other.getPort() + PATH)
        .withHeader("Content-Type", "text/plain").withBody("moved")));

    try (DynamoDbBackupClient client = client(api.baseUrl()).build()) {
      assertThat(client.getBackup("b-1").tableName()).isEqualTo("orders");
    }

    api.verify(getRequestedFor(urlPathEqualTo(PATH)).withHeader("Authorization", equalTo("Bearer " + TOKEN)));
    other.verify(1, getRequestedFor(urlPathEqualTo(PATH)).withHeader("Authorization", absent()));
  }

  @Test
  void aRedirectFromHttpsToPlainHttpIsRefused() throws Exception {
    other.stubFor(get(urlPathEqualTo(PATH)).willReturn(backup()));
    https.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(302)
        .withHeader("Location", "http://localhost:" + other.getPort() + PATH)));
    X509TrustManager trust = trustManagerFor(KEYSTORE);
    SSLContext tls = SSLContext.getInstance("TLS");
    tls.init(null, new javax.net.ssl.TrustManager[] {trust}, null);

    try (DynamoDbBackupClient client = client(httpsUrl()).sslContext(tls, trust).build()) {
      ClumioApiException e = catchThrowableOfType(ClumioApiException.class, () -> client.getBackup("b-1"));

      assertThat(e.statusCode()).isEqualTo(302);
      assertThat(e.getMessage()).contains("redirect from https to plain http is refused");
    }
    other.verify(0, getRequestedFor(urlPathEqualTo(PATH)));
  }

  @Test
  void requestsGoThroughAnHttpProxy() {
    api.stubFor(get(urlPathEqualTo(PATH)).willReturn(backup()));
    Proxy proxy = new Proxy(Proxy.Type.HTTP, new InetSocketAddress("127.0.0.1", other.getPort()));

    try (DynamoDbBackupClient client = client("http://localhost:" + api.getPort()).proxy(proxy).build()) {
      assertThat(client.getBackup("b-1").id()).isEqualTo("b-1");
    }

    assertThat(other.getAllServeEvents()).singleElement()
        .satisfies(event -> assertThat(event.getRequest().getAbsoluteUrl()).endsWith(":" + api.getPort() + PATH));
    api.verify(1, getRequestedFor(urlPathEqualTo(PATH)).withHeader("Authorization", equalTo("Bearer " + TOKEN)));
  }

  @Test
  void aProxySelectorChoosesTheProxy() {
    api.stubFor(get(urlPathEqualTo(PATH)).willReturn(backup()));
    AtomicInteger selections = new AtomicInteger();
    ProxySelector selector = new ProxySelector() {
      @Override
      public List<Proxy> select(URI uri) {
        selections.incrementAndGet();
        return List.of(new Proxy(Proxy.Type.HTTP, new InetSocketAddress("127.0.0.1", other.getPort())));
      }

      @Override
      public void connectFailed(URI uri, SocketAddress address, IOException e) {
      }
    };

    try (DynamoDbBackupClient client = client("http://localhost:" + api.getPort()).proxySelector(selector).build()) {
      client.getBackup("b-1");
    }

    assertThat(selections.get()).isPositive();
    assertThat(other.getAllServeEvents()).hasSize(1);
  }

  @Test
  void theApplicationsOkHttpClientIsSharedButNeverChanged() {
    api.stubFor(get(urlPathEqualTo(PATH)).willReturn(backup()));
    AtomicInteger callsSeenByTheApplication = new AtomicInteger();
    OkHttpClient application = new OkHttpClient.Builder()
        .addInterceptor(chain -> chain.proceed(chain.request().newBuilder().header("x-app", "yes").build()))
        .eventListener(new EventListener() {
          @Override
          public void callStart(Call call) {
            callsSeenByTheApplication.incrementAndGet();
          }
        })
        .build();

    try (DynamoDbBackupClient client = client(api.baseUrl()).httpClient(application).build()) {
      client.getBackup("b-1");
    }

    api.verify(getRequestedFor(urlPathEqualTo(PATH)).withHeader("x-app", equalTo("yes"))
        .withHeader("Authorization", equalTo("Bearer " + TOKEN)));
    assertThat(callsSeenByTheApplication.get()).isEqualTo(1);
    assertThat(application.interceptors()).hasSize(1);
    assertThat(application.followSslRedirects()).as("our settings went to a copy").isTrue();
    assertThat(application.dispatcher().executorService().isShutdown()).as("close() leaves shared threads").isFalse();
    application.dispatcher().executorService().shutdown();
  }

  private static X509TrustManager trustManagerFor(Path keystore) throws Exception {
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(keystore)) {
      store.load(in, "changeit".toCharArray());
    }
    TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init(store);
    return (X509TrustManager) factory.getTrustManagers()[0];
  }

  private static Path copyKeystore() {
    try (InputStream in = TransportSecurityTest.class.getResourceAsStream("/tls/localhost.p12")) {
      Path file = Files.createTempFile("localhost", ".p12");
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
      file.toFile().deleteOnExit();
      return file;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
