package com.example.backups;

import io.github.clumiojava.dynamodb.DynamoDbBackupClient;
import okhttp3.OkHttpClient;
import okhttp3.logging.HttpLoggingInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The application's OkHttp client (with an OkHttp 4 library in it) and the Clumio client on it. */
@Configuration
public class ClumioConfiguration {
  private static final Logger HTTP = LoggerFactory.getLogger("http");

  /** The application's own OkHttp client, logging each exchange in one line. */
  @Bean
  public OkHttpClient okHttpClient() {
    HttpLoggingInterceptor logging = new HttpLoggingInterceptor(HTTP::info);
    logging.setLevel(HttpLoggingInterceptor.Level.BASIC);
    logging.redactHeader("Authorization");
    return new OkHttpClient.Builder().addInterceptor(logging).build();
  }

  /** One Clumio client for the application, sharing the application's connection pool. */
  @Bean(destroyMethod = "close")
  public DynamoDbBackupClient clumio(OkHttpClient okHttpClient, @Value("${clumio.base-url}") String baseUrl,
      @Value("${clumio.api-token}") String apiToken) {
    return DynamoDbBackupClient.builder()
        .baseUrl(baseUrl)
        .apiToken(apiToken)
        .httpClient(okHttpClient)
        .build();
  }
}
