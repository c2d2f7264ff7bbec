"use client";
// "Utiliser ma position": offered only where the browser can locate (so it never shows without
// JavaScript); the position goes into the URL, like a commune's centre, and nowhere else.
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";

export function GeolocationButton({ retour }: { retour: string }) {
  const router = useRouter();
  const [supported, setSupported] = useState(false);
  const [message, setMessage] = useState("");
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => setSupported(typeof navigator !== "undefined" && "geolocation" in navigator), []);
  if (!supported) return null;

  const locate = () => {
    setMessage("Recherche de votre position…");
    navigator.geolocation.getCurrentPosition(
      (position) => {
        const rayon = button.current?.form?.querySelector<HTMLSelectElement>("select[name=rayon]")?.value ?? "30";
        const url = new URL(retour, window.location.origin);
        for (const key of ["commune", "lieu", "apres"]) url.searchParams.delete(key);
        url.searchParams.set("lat", position.coords.latitude.toFixed(4));
        url.searchParams.set("lon", position.coords.longitude.toFixed(4));
        url.searchParams.set("rayon", rayon);
        setMessage("Position trouvée.");
        router.push(`${url.pathname}${url.search}`);
      },
      (error) =>
        setMessage(
          error.code === error.PERMISSION_DENIED
            ? "Vous n'avez pas autorisé l'accès à votre position : indiquez plutôt votre commune."
            : "Votre position n'a pas pu être trouvée : indiquez plutôt votre commune.",
        ),
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 600_000 },
    );
  };

  return (
    <div className="fr-mt-2w">
      <button ref={button} type="button" className="fr-btn fr-btn--secondary fr-btn--icon-left fr-icon-map-pin-2-line" onClick={locate}>
        Utiliser ma position
      </button>
      <p role="status" className="fr-mt-1w fr-mb-0">
        {message}
      </p>
    </div>
  );
}
