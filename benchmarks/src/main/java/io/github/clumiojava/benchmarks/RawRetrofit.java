package io.github.clumiojava.benchmarks;

import com.google.gson.Gson;
import io.github.clumiojava.generated.api.BackupsApi;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;
import retrofit2.converter.gson.GsonConverterFactory;

/** The baselines' raw generated interface: Retrofit and Gson, nothing of the facade. */
final class RawRetrofit {
  private RawRetrofit() {}

  /**
   * Binds the generated interface to a base URL.
   *
   * @param baseUrl the server's URL, without a trailing slash
   * @param client executes the requests
   * @param gson reads the bodies
   * @return the interface, ready for calls
   */
  static BackupsApi create(String baseUrl, OkHttpClient client, Gson gson) {
    return new Retrofit.Builder().baseUrl(baseUrl + "/").client(client)
        .addConverterFactory(GsonConverterFactory.create(gson)).build().create(BackupsApi.class);
  }
}
