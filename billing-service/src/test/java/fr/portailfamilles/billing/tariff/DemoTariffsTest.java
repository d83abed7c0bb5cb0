package fr.portailfamilles.billing.tariff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import fr.portailfamilles.billing.tariff.domain.Tariff;
import fr.portailfamilles.billing.tariff.domain.TariffGrid;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class DemoTariffsTest {

    @Test
    void seedsAValidGridForTheDemoActivitiesOnce() {
        Tariffs tariffs = mock(Tariffs.class);
        when(tariffs.byId(anyString())).thenReturn(Optional.empty());
        new DemoTariffs(tariffs).run(null);
        ArgumentCaptor<Tariff> saved = ArgumentCaptor.forClass(Tariff.class);
        verify(tariffs, atLeastOnce()).save(saved.capture());

        List<Tariff> grid = new ArrayList<>();
        saved.getAllValues().forEach(tariff -> {
            new TariffGrid(grid).checkCanHold(tariff);
            grid.add(tariff);
        });
        TariffGrid demo = new TariffGrid(grid);
        LocalDate wednesday = LocalDate.of(2026, 11, 25);
        assertThat(demo.select("aps", "matin", wednesday, 780).orElseThrow().price()).isEqualByComparingTo("1.40");
        assertThat(demo.select("alsh-mercredis", "repas", wednesday, null).orElseThrow().price())
                .isEqualByComparingTo("3.20");
        assertThat(demo.select("ado-minos", "apres-midi", wednesday, 1500)).isPresent();

        Tariffs seeded = mock(Tariffs.class);
        when(seeded.byId(anyString())).thenReturn(Optional.of(saved.getValue()));
        new DemoTariffs(seeded).run(null);
        verify(seeded, never()).save(any());
    }
}
