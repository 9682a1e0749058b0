/** Sunset dates (`x-sunset`, RFC 8594 `Sunset`): ISO dates or HTTP dates. */
export function sunsetTime(sunset: string | undefined): number | undefined {
  if (sunset === undefined) return undefined;
  const time = Date.parse(sunset);
  return Number.isNaN(time) ? undefined : time;
}

/** True when the operation announced a sunset that has not arrived yet at `now`. */
export function beforeSunset(sunset: string | undefined, now: Date): boolean {
  const time = sunsetTime(sunset);
  return time !== undefined && now.getTime() < time;
}
