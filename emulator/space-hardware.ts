/**
 * `GET /api/spaces/hardware`: the flavors a Space may request. The entries have the shape the Python client reads
 * (`JobHardwareInfo`: name, prettyName, cpu, ram, ephemeralStorage, accelerator, unitCostMicroUSD, unitCostUSD,
 * unitLabel); the names are those of its `SpaceHardware` enum. Specs and prices are indicative only [inf].
 */

export const FREE_FLAVOR = "cpu-basic";

/** A free Space sleeps after 48 hours without visitors; its runtime answers this `gcTimeout`. */
export const FREE_SLEEP_SECONDS = 48 * 3600;

interface Accelerator {
  type: "gpu";
  model: string;
  quantity: string;
  vram: string;
  manufacturer: "Nvidia";
}

export interface Flavor {
  name: string;
  prettyName: string;
  cpu: string;
  ram: string;
  ephemeralStorage: string;
  accelerator: Accelerator | null;
  unitCostMicroUSD: number;
  unitCostUSD: number;
  unitLabel: "minute";
}

function gpu(model: string, quantity: number, vramPerGpu: number): Accelerator {
  return {
    type: "gpu",
    model,
    quantity: String(quantity),
    vram: `${vramPerGpu * quantity} GB`,
    manufacturer: "Nvidia",
  };
}

function flavor(
  name: string,
  prettyName: string,
  cpus: number,
  ramGb: number,
  dollarsPerHour: number,
  accelerator: Accelerator | null = null,
): Flavor {
  const unitCostMicroUSD = Math.round((dollarsPerHour * 1_000_000) / 60);
  return {
    name,
    prettyName,
    cpu: `${cpus} vCPU`,
    ram: `${ramGb} GB`,
    ephemeralStorage: accelerator ? "200 GB" : "50 GB",
    accelerator,
    unitCostMicroUSD,
    unitCostUSD: unitCostMicroUSD / 1_000_000,
    unitLabel: "minute",
  };
}

export const SPACE_FLAVORS: readonly Flavor[] = [
  flavor(FREE_FLAVOR, "CPU Basic", 2, 16, 0),
  flavor("cpu-upgrade", "CPU Upgrade", 8, 32, 0.03),
  flavor("zero-a10g", "ZeroGPU", 2, 16, 0, gpu("A10G", 1, 24)),
  flavor("t4-small", "Nvidia T4 - small", 4, 15, 0.4, gpu("T4", 1, 16)),
  flavor("t4-medium", "Nvidia T4 - medium", 8, 30, 0.6, gpu("T4", 1, 16)),
  flavor("l4x1", "1x Nvidia L4", 8, 30, 0.8, gpu("L4", 1, 24)),
  flavor("l4x4", "4x Nvidia L4", 48, 186, 3.8, gpu("L4", 4, 24)),
  flavor("l40sx1", "1x Nvidia L40S", 8, 62, 1.8, gpu("L40S", 1, 48)),
  flavor("l40sx4", "4x Nvidia L40S", 48, 382, 8.3, gpu("L40S", 4, 48)),
  flavor("l40sx8", "8x Nvidia L40S", 192, 1534, 23.5, gpu("L40S", 8, 48)),
  flavor("a10g-small", "Nvidia A10G - small", 4, 15, 1, gpu("A10G", 1, 24)),
  flavor("a10g-large", "Nvidia A10G - large", 12, 46, 1.5, gpu("A10G", 1, 24)),
  flavor("a10g-largex2", "2x Nvidia A10G - large", 24, 92, 3, gpu("A10G", 2, 24)),
  flavor("a10g-largex4", "4x Nvidia A10G - large", 48, 184, 5, gpu("A10G", 4, 24)),
  flavor("a100-large", "Nvidia A100 - large", 12, 142, 2.5, gpu("A100", 1, 80)),
  flavor("a100x4", "4x Nvidia A100", 48, 568, 10, gpu("A100", 4, 80)),
  flavor("a100x8", "8x Nvidia A100", 96, 1136, 20, gpu("A100", 8, 80)),
];

export function isFlavor(name: unknown): name is string {
  return typeof name === "string" && SPACE_FLAVORS.some((f) => f.name === name);
}
